import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

const HEADING = /^h[1-6]$/;
/** An id worth linking to has at least one letter or digit, in any script. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Runs after rehype-slug. A heading made only of punctuation ("???", "—") gets an empty or
 * meaningless slug from github-slugger ("", "-1"); an empty id is invalid HTML and cannot be
 * linked. Such headings get `section-N` (N: the heading's position), kept unique. Headings in
 * any script keep their own slug ("что-мы-узнали"). Hand-written: no package does only this.
 */
export function rehypeFallbackIds() {
  return (tree: Root) => {
    const headings: Element[] = [];
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string' && node.properties.id) taken.add(node.properties.id);
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    headings.forEach((heading, i) => {
      const id = heading.properties.id;
      // github-slugger makes repeats unique with "-1", "-2"…: that suffix alone means nothing.
      if (typeof id === 'string' && MEANINGFUL.test(id.replace(/-\d+$/, ''))) return;
      let candidate = `section-${i + 1}`;
      for (let n = 2; taken.has(candidate); n++) candidate = `section-${i + 1}-${n}`;
      taken.add(candidate);
      heading.properties.id = candidate;
    });
  };
}
