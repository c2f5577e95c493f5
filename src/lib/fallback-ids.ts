import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

const HEADING = /^h[1-6]$/;
/** An id worth linking to has at least one letter or digit, in any script. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** The first of `make(1)`, `make(2)`… that no element has, marked as taken. */
function claim(taken: Set<string>, make: (n: number) => string): string {
  let n = 1;
  while (taken.has(make(n))) n++;
  const id = make(n);
  taken.add(id);
  return id;
}

/**
 * Runs after rehype-slug, and makes every heading's id one a reader can link to, and the only
 * one of its kind on the page:
 * - A heading made only of punctuation ("???", "—") gets an empty or meaningless slug from
 *   github-slugger ("", "-1"); an empty id is invalid HTML and cannot be linked. Such headings
 *   get `section-N` (N: the heading's position). Headings in any script keep their own slug
 *   ("что-мы-узнали").
 * - A heading whose slug is an id the page already uses outside the article (`reserved`: the
 *   layout's, src/site.ts) or that another element of the body carries (a GFM note's `fn-…`, the
 *   notes heading) is numbered as github-slugger numbers a repeat: "## Main" gets `main-1`.
 * Hand-written: no package does only this.
 */
export function rehypeFallbackIds(options: { reserved?: readonly string[] } = {}) {
  return (tree: Root) => {
    const headings: Element[] = [];
    const taken = new Set<string>(options.reserved);
    // Ids a heading must not take: the layout's, and those of the body's other elements (a note's,
    // the notes heading's, which GFM names before slugging).
    const others = new Set<string>(options.reserved);
    visit(tree, 'element', (node: Element, _index, parent) => {
      const id = node.properties.id;
      if (typeof id === 'string' && id) taken.add(id);
      const notesHeading = parent?.type === 'element' && parent.properties.dataFootnotes !== undefined;
      if (HEADING.test(node.tagName) && !notesHeading) headings.push(node);
      else if (typeof id === 'string' && id) others.add(id);
    });
    headings.forEach((heading, i) => {
      const id = heading.properties.id;
      // github-slugger makes repeats unique with "-1", "-2"…: that suffix alone means nothing.
      if (typeof id === 'string' && MEANINGFUL.test(id.replace(/-\d+$/, ''))) {
        if (others.has(id)) heading.properties.id = claim(taken, (n) => `${id}-${n}`);
        return;
      }
      heading.properties.id = claim(taken, (n) => (n === 1 ? `section-${i + 1}` : `section-${i + 1}-${n}`));
    });
  };
}
