import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { classesOf } from './hast-classes.ts';

/**
 * GFM tables, made safe for the CSP and for narrow screens. remark-rehype writes a column's
 * alignment (`|---:|`) as `align` on each cell, an obsolete attribute that some pipelines turn
 * into a `style` attribute, which a CSP without 'unsafe-inline' blocks: here it becomes a class
 * (`align-right`), styled in tables.css. Each table goes into a labelled, keyboard-focusable
 * region that scrolls sideways on its own, so the page never does at 320 px; the label is the
 * table's caption or its header row. Hand-written: no package does only this.
 */
export function rehypeTableRegions() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      visit(node, 'element', (cell: Element) => {
        const align = cell.properties.align;
        if ((cell.tagName === 'td' || cell.tagName === 'th') && typeof align === 'string') {
          delete cell.properties.align;
          cell.properties.className = [...classesOf(cell), `align-${align}`];
        }
      });
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const header = node.children
        .filter((c): c is Element => c.type === 'element' && c.tagName === 'thead')
        .map((h) => toString(h).replace(/\s+/g, ' ').trim())[0];
      n++;
      const region: Element = {
        type: 'element',
        // A <section> with a name is a region landmark: screen readers announce and list it.
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: caption ? toString(caption).trim() : `Table ${n}${header ? `: ${header}` : ''}`,
        },
        children: [node],
      };
      parent.children.splice(index, 1, region);
      return SKIP;
    });
  };
}
