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
 * Section anchors, without JavaScript: every h2/h3 (given an id by rehype-slug) is followed
 * by a link to itself, and both sit in a `<header class="heading">` so CSS can reveal the link
 * on hover or focus. A header, not a div: Reader View (Readability) discards a div whose only
 * text is in a heading ("no useful content"), and with it the heading; a header it keeps.
 * Inside the article, a header is no landmark (its role is generic). The link comes *after* the heading, not inside it, so the heading's own
 * accessible name (and the text Astro collects for the contents) stays just the heading text.
 * The visible mark is drawn by CSS; the link's name comes from aria-label.
 */
export function rehypeSectionAnchors() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    return anchorsIn(lang)(tree);
  };
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
