import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';

/** The accessible name of a heading's self-link, in the article's language: "Link to section: The interviews". */
export function anchorLabel(headingText: string, lang = 'en'): string {
  return ui(lang)('linkToSection', { section: headingText.trim().replace(/\s+/g, ' ') });
}

/**
 * Section anchors, without JavaScript: each h2/h3 followed by a link to itself, named by
 * aria-label, its mark drawn by CSS, the two in a `<header class="heading">`: Reader View keeps a
 * header where it drops a div holding only a heading. After the heading, not inside it, so the
 * heading's own name (and the contents' text) stays its words.
 */
export function rehypeSectionAnchors() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    return anchorsIn(lang)(tree);
  };
}

/**
 * A section heading the layout adds after the writer's text (the corrections and updates), with
 * the self-link the writer's headings get: the same plugin, on a tree of that one heading.
 */
export function anchoredHeading(heading: Element, lang: string): Root {
  const tree: Root = { type: 'root', children: [heading] };
  anchorsIn(lang)(tree);
  return tree;
}

function anchorsIn(lang: string) {
  return rehypeAutolinkHeadings({
    behavior: 'after',
    test: ['h2', 'h3'],
    group: (heading: Readonly<Element>) => ({
      type: 'element',
      tagName: 'header',
      properties: { className: ['heading', `heading-${heading.tagName}`] },
      children: [],
    }),
    properties: (heading: Readonly<Element>) => ({
      className: ['anchor'],
      ariaLabel: anchorLabel(toString(heading as Element), lang),
      lang: ui(lang).lang('linkToSection'),
    }),
    content: { type: 'element', tagName: 'span', properties: { className: ['anchor-mark'], ariaHidden: 'true' }, children: [] },
  }) as (tree: Root) => undefined;
}
