import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { classesOf, hasClass, headingRank, isNote } from '../markdown/hast.ts';
import { plainImage, type BookImage } from './pictures.ts';
import { EDITION_TREATMENTS, REPEAT_CLASSES } from '../toolkit/elements.ts';
import { REFERENCE_IDS } from '../markdown/references.ts';

/** Elements that belong to the page's interface, not to the article. */
const INTERFACE = new Set(['script', 'style', 'button', 'nav', 'form', 'input', 'template']);
/**
 * Classes of what only the page gives meaning to: a heading's self-link, the print-only block,
 * the place held for a Copy button; and what the toolkit shows twice for the eye alone (a
 * note's margin copy, a pull quote: `repeats` in src/toolkit/elements.ts). What opens in place
 * (any `popover`: a note's copy, a citation's entries) goes too.
 */
const REPEATS = ['anchor', 'print-only', 'copy-slot', ...REPEAT_CLASSES];
const URL_ATTRIBUTES = ['href', 'src'] as const;

export interface EditionOptions {
  /** Keep links to places in the article (`#id`) as they are (a book links within itself). */
  localFragments?: boolean;
  /**
   * For an EPUB: where the book holds each picture and that copy's size, by the picture's source
   * beside the article (`data-image`); a picture the book does not hold is left out (a book may
   * not load images from the web), its caption kept. Notes are marked with EPUB's note semantics.
   */
  images?: Record<string, BookImage>;
  /**
   * Keep a table cell's alignment as its class (`align-right`, from the Markdown's `|---:|`), for
   * a book, whose stylesheet honours it. A feed has no stylesheet: there the class would be
   * noise that a feed reader's sanitiser strips, so it goes with the others.
   */
  alignmentClasses?: boolean;
  /**
   * Keep `dir` (code and URLs left to right inside a right-to-left text) and `lang` (words of
   * another language, an interface string fallen back to English), for a book. A feed reader
   * lays an item out in its own direction and language, from the feed's <language>, and its
   * sanitiser strips both: there they go.
   */
  directions?: boolean;
  /**
   * Keep a formula's TeX as its MathML annotation, for a book. A feed has it as `alttext`; a feed
   * reader that strips MathML would show the TeX beside the formula's text, so there it goes.
   */
  annotations?: boolean;
  /**
   * Keep a date's machine-readable day (`<time datetime>`, in the corrections and updates), for
   * a book. A feed reader's sanitiser strips it; the feed gives the item's dates of its own.
   */
  times?: boolean;
}

/**
 * The body as an edition beyond the page needs it (the feed, the EPUB): its words, headings with
 * ids and links, without what only the page's CSS and script give meaning to (self-links, classes,
 * ARIA, tab stops, controls). Links are made absolute, but `localFragments` keeps `#id` in a book.
 */
export function cleanTree(
  html: string,
  pageUrl: string,
  { localFragments = false, images, alignmentClasses = false, directions = false, annotations = false, times = false }: EditionOptions = {},
): Root {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.tagName === 'input' && node.properties.type === 'checkbox') {
      // A task list's checkbox (task-lists.ts) is its mark beyond the page, where no form is read.
      parent.children.splice(index, 1, { type: 'text', value: node.properties.checked ? '\u2611' : '\u2610' });
      return index + 1;
    }
    // What the page hides (a region's name in another language, hast.ts) is no reader's text either.
    const hidden = node.properties.hidden === true || node.properties.hidden === '';
    if (
      INTERFACE.has(node.tagName) ||
      hidden ||
      REPEATS.some((name) => hasClass(node, name)) ||
      node.properties.popover !== undefined ||
      (!annotations && node.tagName === 'annotation')
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'picture') {
      const img = plainImage(node, pageUrl, images);
      parent.children.splice(index, 1, ...(img ? [img] : []));
      return [SKIP, img ? index + 1 : index];
    }
    if (images) markNotes(node);
    // The toolkit's elements, as their declaration says the editions write them (elements.ts):
    // in the feed, a citation is its link (the References' links back to it point at the page,
    // and a sanitiser strips a span's id); a book keeps it, as its links back stay inside it.
    const treatment = EDITION_TREATMENTS.find((t) => hasClass(node, t.className));
    if (treatment?.feed === 'contents' && !localFragments) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    if (node.tagName === 'label') {
      // Its label names the checkbox on the page; beyond it, the task's words are all there is.
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    // A margin note is an aside beyond the page, a callout a blockquote led by its label.
    if (treatment?.as) node.tagName = treatment.as;
    if (hasClass(node, 'heading')) {
      // <header class="heading"><h2 id>…</h2><a class="anchor">…</a></header> → <h2 id>…</h2>
      const heading = node.children.filter((c): c is Element => headingRank(c) !== undefined);
      parent.children.splice(index, 1, ...(heading as ElementContent[]));
      return index;
    }
    for (const name of Object.keys(node.properties)) {
      // ARIA (role too) and the tab stops of the page's scrolling regions are the page's interface.
      if (name === 'style' || name === 'role' || name === 'tabIndex' || /^(aria|data)[A-Z]/.test(name)) delete node.properties[name];
      if ((name === 'dir' || name === 'lang') && !directions) delete node.properties[name];
      if (name === 'dateTime' && !times) delete node.properties[name];
    }
    // Classes go, but in a book a table cell's alignment (`alignmentClasses`).
    const kept = alignmentClasses ? classesOf(node).filter((c) => c.startsWith('align-')) : [];
    if (kept.length) node.properties.className = kept;
    else delete node.properties.className;
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      // In a book, a link to a place in the article (a note, a section) stays inside the book.
      if (typeof value === 'string' && !(localFragments && value.startsWith('#'))) node.properties[name] = new URL(value, pageUrl).href;
    }
  });
  return tree;
}

/**
 * EPUB's note and bibliography semantics (EPUB 3 Structural Semantics), so reading systems can
 * show a note or an entry in place: a reference is a `noteref`, the notes section `endnotes`,
 * each note an `endnote`; a citation's link is a `biblioref`, the References section (references.ts)
 * a `bibliography`, each entry a `biblioentry`.
 */
function markNotes(node: Element): void {
  if (node.properties.dataFootnoteRef !== undefined) node.properties['epub:type'] = 'noteref';
  if (node.properties.dataFootnotes !== undefined) node.properties['epub:type'] = 'endnotes';
  if (isNote(node)) node.properties['epub:type'] = 'endnote';
  if (node.properties.dataReferences !== undefined) node.properties['epub:type'] = 'bibliography';
  const id = node.properties.id;
  if (node.tagName === 'li' && typeof id === 'string' && id.startsWith(REFERENCE_IDS.entry)) node.properties['epub:type'] = 'biblioentry';
  const href = node.properties.href;
  if (node.tagName === 'a' && typeof href === 'string' && href.startsWith(`#${REFERENCE_IDS.entry}`))
    node.properties['epub:type'] = 'biblioref';
}

/** The edition body as HTML (for the feed). */
export function cleanHtml(html: string, pageUrl: string): string {
  return toHtml(cleanTree(html, pageUrl)).trim();
}

/** The edition body as XHTML (for the EPUB): void elements closed, every reference numeric. */
export function cleanXhtml(html: string, pageUrl: string, options: EditionOptions = {}): string {
  return toHtml(cleanTree(html, pageUrl, options), {
    space: 'html',
    closeSelfClosing: true,
    closeEmptyElements: false,
    allowDangerousCharacters: false,
  }).trim();
}
