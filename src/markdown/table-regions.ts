import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { childElements, classesOf, scrollRegion } from './hast.ts';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';

/**
 * GFM tables, safe for the CSP and narrow screens: a column's alignment as a class, not the
 * obsolete `align` some pipelines make a style; each table in a named, focusable region that
 * scrolls on its own, so the page never does at 320 px. Hand-written: no package does only this.
 */
export function rehypeTableRegions() {
  return (tree: Root, file?: VFile) => {
    const t = ui(fileLang(file));
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      // A <Caption> after the table (numbering.ts made it a <div data-table-caption> beside it):
      // the table's <caption>, its id on the region, so a link to it scrolls the table into view.
      const after = parent.children.slice(index + 1).find((c) => c.type !== 'text' || c.value.trim());
      let captionId: string | undefined;
      if (after?.type === 'element' && after.properties.dataTableCaption !== undefined) {
        parent.children.splice(parent.children.indexOf(after), 1);
        captionId = typeof after.properties.id === 'string' ? after.properties.id : undefined;
        node.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: after.children });
      }
      visit(node, 'element', (cell: Element) => {
        const align = cell.properties.align;
        if ((cell.tagName === 'td' || cell.tagName === 'th') && typeof align === 'string') {
          delete cell.properties.align;
          cell.properties.className = [...classesOf(cell), `align-${align}`];
        }
      });
      const [caption] = childElements(node, 'caption');
      const header = childElements(node, 'thead').map((h) => toString(h).replace(/\s+/g, ' ').trim())[0];
      n++;
      const name = caption
        ? toString(caption).trim() // the writer's own words, in the article's language
        : { text: header ? t('tableOf', { n, header }) : t('table', { n }), lang: t.lang('table'), id: `table-name-${n}` };
      const region = scrollRegion('table-scroll', name, node, captionId ? { id: captionId } : {});
      parent.children.splice(index, 1, region);
      return SKIP;
    });
  };
}
