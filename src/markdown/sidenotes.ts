import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { isElement, isNote } from './hast.ts';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';

/** The accessible name of a note's reference: "Note 1". */
export const noteLabel = (n: string | number, lang = 'en') => ui(lang)('noteReference', { n });

/**
 * Options for remark-rehype's GFM footnotes: a visible "Notes" heading, short ids, named back
 * links; in English here, put in the article's language by rehypeSidenotes (remark-rehype's
 * options are the same for every file).
 */
export const FOOTNOTE_OPTIONS = {
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['notes-heading'] },
  footnoteBackLabel: (index: number) => `Back to the text of note ${index + 1}`,
  // ids `fn-1` and `fnref-1` rather than `user-content-fn-1`: they are shared in links.
  clobberPrefix: '',
};

/** The blocks a note may hold to be copied into the margin: paragraphs alone. */
const PHRASING_BLOCKS = ['p'];

/** A copy of a note's content as phrasing (spans), without ids, back links or tab stops; null when it holds more than paragraphs. */
function phrasingCopy(item: Element): ElementContent[] | null {
  const out: ElementContent[] = [];
  for (const child of item.children) {
    if (child.type === 'text' && !child.value.trim()) continue;
    if (!isElement(child) || !PHRASING_BLOCKS.includes(child.tagName)) return null;
    const copy = structuredClone(child);
    visit(copy, 'element', (node, index, parent) => {
      if (node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // Nor controls: a citation's button and its preview (references.ts) stay in the note itself.
      if ((node.tagName === 'button' || node.properties.popover !== undefined) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      delete node.properties.id;
      // The copy is hidden from assistive technology (the numbered note is what they read), so
      // its links must not be tab stops either: keyboard readers follow the reference instead.
      if (node.tagName === 'a') node.properties.tabIndex = -1;
    });
    // Drop the spaces that stood between the removed back links.
    while (copy.children.at(-1)?.type === 'text' && !(copy.children.at(-1) as { value: string }).value.trim()) copy.children.pop();
    const last = copy.children.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
    out.push({ type: 'element', tagName: 'span', properties: { className: ['sidenote-paragraph'] }, children: copy.children });
  }
  return out;
}

/**
 * The notes' heading and their links back, in the article's language. Runs first among the
 * rehype plugins, so what reads the heading later (its section anchor's name) reads these words.
 */
export function rehypeNoteWords() {
  return (tree: Root, file?: VFile) => {
    const t = ui(fileLang(file));
    let notes = 0;
    visit(tree, 'element', (node) => {
      if (isNote(node)) notes++;
      if (node.properties.id === 'footnote-label') {
        node.children = [{ type: 'text', value: t('notes') }];
        node.properties.lang = t.lang('notes');
      }
      // A link back lies inside its note, which the walk meets first: it is the latest note's.
      if (node.properties.dataFootnoteBackref !== undefined) {
        node.properties.ariaLabel = t('backToNote', { n: notes });
        node.properties.lang = t.lang('backToNote');
      }
    });
  };
}

/**
 * GFM footnotes as Tufte-style sidenotes, CSS only. The numbered notes at the end stay the one
 * accessible form (narrow screens and print show them); beside each reference goes an
 * `aria-hidden` copy that wide screens float into the margin, and a button that opens the note in
 * place below that width (a popover). Notes of more than paragraphs, or referred to from a table,
 * stay at the end. Hand-written: the sidenote packages drop the endnotes or need their own syntax.
 */
export function rehypeSidenotes() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    const t = ui(lang);
    const notes = new Map<string, Element>();
    // A table's cells are too narrow to float a note from, and its region scrolls: a reference
    // in a table keeps its note at the end only.
    const inTables = new Set<Element>();
    visit(tree, 'element', (node) => {
      if (isNote(node)) notes.set(String(node.properties.id), node);
      if (node.tagName === 'table') visit(node, 'element', (inside) => void inTables.add(inside));
    });
    const placed = new Set<string>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'sup' || !parent || index === undefined) return;
      const ref = node.children.find((c): c is Element => isElement(c));
      if (!ref || ref.properties.dataFootnoteRef === undefined) return;
      const number = ref.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      ref.properties.ariaLabel = noteLabel(number, lang);
      ref.properties.lang = t.lang('noteReference');
      const target = String(ref.properties.href ?? '').replace(/^#/, '');
      const note = notes.get(target);
      // A note referred to twice sits in the margin once, beside its first reference.
      const copy = note && !placed.has(target) && !inTables.has(node) && phrasingCopy(note);
      if (!copy) return SKIP;
      placed.add(target);
      const numbered = (keyboard: boolean): ElementContent[] => {
        const words = structuredClone(copy);
        // The margin copy's links are no tab stops (it is hidden from assistive technology); an open note's are.
        if (keyboard) for (const word of words) visit(word, 'element', (el: Element) => void delete el.properties.tabIndex);
        return [
          { type: 'element', tagName: 'span', properties: { className: ['sidenote-number'] }, children: [{ type: 'text', value: number }] },
          ...words,
        ];
      };
      // Notes in place, below the width where they stand in the margin: the reference is also a
      // button that opens the note over the text (the HTML popover: no script; Esc or a tap
      // outside closes it, and focus goes back). `hidden` until notes.css shows it, there and
      // only where the engine has popovers, hiding the link: without CSS, in print and on a wide
      // screen the reference stays the link to the numbered note.
      const popoverId = `${target}-in-place`;
      node.children.push({
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['note-in-place'],
          popoverTarget: popoverId,
          ariaLabel: ref.properties.ariaLabel,
          lang: ref.properties.lang,
          hidden: true,
        },
        children: [{ type: 'text', value: number }],
      });
      parent.children.splice(
        index + 1,
        0,
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sidenote'], ariaHidden: 'true' },
          children: numbered(false),
        },
        {
          type: 'element',
          tagName: 'span',
          // `hidden` as well: without CSS, in an engine without popovers and to Reader View it is not
          // there; notes.css shows it when open.
          properties: {
            className: ['note-popover'],
            id: popoverId,
            popover: 'auto',
            role: 'note',
            ariaLabel: ref.properties.ariaLabel,
            lang: ref.properties.lang,
            hidden: true,
          },
          children: numbered(true),
        },
      );
      return [SKIP, index + 3];
    });
  };
}
