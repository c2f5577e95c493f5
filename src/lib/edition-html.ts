import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { childElements, classesOf, hasClass, headingRank, isNote } from '../markdown/hast.ts';
import { REPEAT_CLASSES } from '../toolkit/elements.ts';

/** Elements that belong to the page's interface, not to the article. */
const INTERFACE = new Set(['script', 'style', 'button', 'nav', 'form', 'input', 'template']);
/**
 * Classes of what only the page gives meaning to: a heading's self-link, the print-only block,
 * the place held for a Copy button; and what the toolkit shows twice for the eye alone (a
 * note's margin copy, a pull quote: `repeats` in src/toolkit/elements.ts).
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
}

/** A picture as a book holds it: its place in the book ("images/1.jpg") and its own size. */
export interface BookImage {
  href: string;
  width: number;
  height: number;
}

/**
 * The widest a picture is in an edition beyond the page: an e-reader's screen held in landscape,
 * a feed reader's column at twice its pixels. The EPUB packs its copies at this width at most
 * (src/epub-edition.ts), and the feed takes the page's largest file no wider.
 */
export const EDITION_IMAGE_WIDTH = 1200;

/**
 * The body's pictures, once each, by their source beside the article (`data-image`), with the
 * widest the page sets each (its `<img width>`, the page's largest file): what the book packs,
 * scaled to EDITION_IMAGE_WIDTH at most (src/epub-edition.ts).
 */
export function pagePictures(html: string): Map<string, number> {
  const widths = new Map<string, number>();
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const source = node.properties.dataImage;
    if (node.tagName !== 'picture' || typeof source !== 'string') return;
    widths.set(source, Math.max(widths.get(source) ?? 0, Number(pictureImg(node)?.properties.width) || 0));
  });
  return widths;
}

/** A <picture>'s <img>: its fallback, which carries the alt text, width and height. */
function pictureImg(picture: Element): Element | undefined {
  return childElements(picture, 'img')[0];
}

/** The widest of a srcset's files (`url 640w`) no wider than `max`; else the narrowest. */
function fileAtMost(srcset: unknown, max: number): { url: string; width: number } | undefined {
  const files = (Array.isArray(srcset) ? srcset : String(srcset ?? '').split(','))
    .map((c) => String(c).trim().match(/^(\S+)\s+(\d+)w$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
  return files.filter((f) => f.width <= max).at(-1) ?? files[0];
}

/**
 * A <picture> as one plain <img>, with the width and height of the file it points at: in the
 * feed, the page's largest file no wider than EDITION_IMAGE_WIDTH (absolute); in a book, the
 * book's own copy, with the size the packer gave it.
 */
function plainImage(picture: Element, pageUrl: string, images: Record<string, BookImage> | undefined): Element | undefined {
  const img = pictureImg(picture);
  if (!img) return undefined;
  const { alt = '', width, height } = img.properties;
  if (images) {
    const source = picture.properties.dataImage;
    const copy = typeof source === 'string' ? images[source] : undefined;
    return copy && { type: 'element', tagName: 'img', properties: { src: copy.href, alt, width: copy.width, height: copy.height }, children: [] };
  }
  const fullWidth = Number(width);
  const file = fileAtMost(img.properties.srcSet, EDITION_IMAGE_WIDTH);
  const shown = Math.min(fullWidth, file?.width ?? EDITION_IMAGE_WIDTH);
  const size = fullWidth > 0 && Number(height) > 0 ? { width: shown, height: Math.round((Number(height) * shown) / fullWidth) } : { width, height };
  return { type: 'element', tagName: 'img', properties: { src: new URL(file?.url ?? String(img.properties.src), pageUrl).href, alt, ...size }, children: [] };
}

/**
 * The article body as an edition beyond the page needs it (the feed's content:encoded, the
 * EPUB): the same words, headings (with their ids, so a reader can jump within it) and links,
 * without what only the page's stylesheet and script give meaning to — each heading's
 * self-link (an empty link whose "#" is drawn by CSS), classes, ARIA and data attributes,
 * scripts and controls. Every link and image URL is made absolute against `pageUrl`, but with
 * `localFragments` a link to a place in the article (`#id`) stays as it is.
 */
export function editionTree(html: string, pageUrl: string, { localFragments = false, images }: EditionOptions = {}): Root {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (INTERFACE.has(node.tagName) || REPEATS.some((name) => hasClass(node, name))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'picture') {
      const img = plainImage(node, pageUrl, images);
      parent.children.splice(index, 1, ...(img ? [img] : []));
      return [SKIP, img ? index + 1 : index];
    }
    if (images) markNotes(node);
    if (hasClass(node, 'heading')) {
      // <header class="heading"><h2 id>…</h2><a class="anchor">…</a></header> → <h2 id>…</h2>
      const heading = node.children.filter((c): c is Element => headingRank(c) !== undefined);
      parent.children.splice(index, 1, ...(heading as ElementContent[]));
      return index;
    }
    for (const name of Object.keys(node.properties)) {
      if (name === 'style' || /^(aria|data)[A-Z]/.test(name)) delete node.properties[name];
    }
    // Classes go, but a table cell's alignment (`align-right`, from the Markdown's `|---:|`),
    // which the EPUB's stylesheet honours.
    const kept = classesOf(node).filter((c) => c.startsWith('align-'));
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
 * EPUB's note semantics (EPUB 3 Structural Semantics): a reference is a `noteref`, the notes
 * section `endnotes`, each note an `endnote`, so reading systems can show a note in place.
 */
function markNotes(node: Element): void {
  if (node.properties.dataFootnoteRef !== undefined) node.properties['epub:type'] = 'noteref';
  if (node.properties.dataFootnotes !== undefined) node.properties['epub:type'] = 'endnotes';
  if (isNote(node)) node.properties['epub:type'] = 'endnote';
}

/** The edition body as HTML (for the feed). */
export function editionHtml(html: string, pageUrl: string): string {
  return toHtml(editionTree(html, pageUrl)).trim();
}

/** The edition body as XHTML (for the EPUB): void elements closed, every reference numeric. */
export function editionXhtml(html: string, pageUrl: string, options: EditionOptions = {}): string {
  return toHtml(editionTree(html, pageUrl, options), { space: 'html', closeSelfClosing: true, closeEmptyElements: false, allowDangerousCharacters: false }).trim();
}
