import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { hasClass, isElement } from './hast.ts';

/** Elements that end a task item's phrasing: what follows them is not its label. */
const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table', 'figure']);

/**
 * GFM task lists (`- [x] Done`): each item's checkbox and its words go into one <label>, so the
 * checkbox is named by its task (remark-rehype leaves it nameless, which axe and html-validate
 * rightly fail). The checkbox stays disabled: an article reports what was done, it takes no
 * input. Hand-written: no unified plugin names GFM's checkboxes.
 */
export function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !hasClass(node, 'task-list-item')) return;
      // In a loose list the checkbox sits in the item's first paragraph.
      const holder = isElement(
        node.children.find((c) => isElement(c)),
        'p',
      )
        ? (node.children.find((c) => isElement(c)) as Element)
        : node;
      const at = holder.children.findIndex((c) => isElement(c, 'input'));
      if (at === -1) return;
      let end = at + 1;
      while (end < holder.children.length && !(isElement(holder.children[end]) && BLOCKS.has((holder.children[end] as Element).tagName)))
        end++;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: holder.children.slice(at, end) as ElementContent[],
      };
      holder.children.splice(at, end - at, label);
    });
  };
}
