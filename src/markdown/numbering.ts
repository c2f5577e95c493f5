import { visit, SKIP } from 'unist-util-visit';
import type { Link, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import type { Math as MathNode } from 'mdast-util-math';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { jsxAttribute } from './mdx-tree.ts';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';
import { articleError } from './article-error.ts';
import { ELEMENTS } from '../toolkit/elements.ts';

/**
 * Numbered figures (`<Figure id>`), tables (`<Caption id>` after one: GFM has no caption, and MDX
 * reads Pandoc's `{#tbl-…}` as code) and equations (`\label{…}`, as LaTeX writes it), counted
 * in order; an empty link to a label, `[](#fig-map)`, reads "Figure 1" everywhere, and one to no
 * label stops the build at its line. Hand-written: the unified cross-reference plugins number
 * Markdown images, not components, and write English.
 */

const attribute = jsxAttribute;

const LABEL = /\\label\{([^}]+)\}/;

/** A `<Caption>` alone on its line parses as a paragraph holding it: the element itself. */
function captionIn(node: RootContent): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === ELEMENTS.caption.component) return node;
  if (
    node.type === 'paragraph' &&
    node.children.length === 1 &&
    node.children[0]!.type === 'mdxJsxTextElement' &&
    node.children[0]!.name === ELEMENTS.caption.component
  )
    return node.children[0];
  return undefined;
}

/** The caption's words, as phrasing (a flow `<Caption>` holds a paragraph). */
function captionWords(caption: MdxJsxFlowElement | MdxJsxTextElement): PhrasingContent[] {
  return caption.children.flatMap((c) => (c.type === 'paragraph' ? c.children : [c as PhrasingContent]));
}

/**
 * What only the page needs is the tree's data, which Markdown's writer ignores: a caption as a
 * `<div data-table-caption>` (table-regions.ts makes it the table's `<caption>`), an equation's
 * `\tag` in the TeX it is drawn from. The edition has the caption led by its label, the TeX as written.
 */
export function remarkNumbering() {
  return (tree: Root, file?: VFile) => {
    const t = ui(fileLang(file));
    const labels = new Map<string, string>();
    const count = { figure: 0, table: 0, equation: 0 };
    const claim = (id: string, label: string, line?: number) => {
      if (labels.has(id)) throw articleError(file, line, `the label "${id}" is given twice; give each figure, table and equation its own`);
      labels.set(id, label);
    };
    const lead = (label: string): Strong => ({ type: 'strong', children: [{ type: 'text', value: t('captionLabel', { label }) }] });

    visit(tree, (node, index, parent) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === ELEMENTS.figure.component) {
        const id = attribute(node, 'id');
        if (!id) return;
        const label = t('figureLabel', { n: ++count.figure });
        claim(id, label, node.position?.start.line);
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'label', value: t('captionLabel', { label }) });
        return;
      }
      if (node.type === 'math') {
        const math = node as MathNode;
        const id = LABEL.exec(math.value)?.[1];
        if (!id) return;
        const n = ++count.equation;
        claim(id, t('equationLabel', { n }), math.position?.start.line);
        // remark-math wrote the HTML's children when it parsed (hChildren): there, the TeX numbered.
        const code = {
          type: 'element' as const,
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text' as const, value: `${math.value.replace(LABEL, '').trim()} \\tag{${n}}` }],
        };
        math.data = { ...math.data, hProperties: { ...(math.data?.hProperties ?? {}), id }, hChildren: [code] };
        return;
      }
      if (node.type === 'table' && parent && index !== undefined) {
        // Every table is counted, as table-regions.ts names an uncaptioned one ("Table 2").
        const n = ++count.table;
        const next = parent.children[index + 1];
        const caption = next && captionIn(next);
        if (!caption) return;
        const id = attribute(caption, 'id');
        const label = t('table', { n });
        if (id) claim(id, label, caption.position?.start.line);
        const words: PhrasingContent[] = [lead(label), { type: 'text', value: ' ' }, ...captionWords(caption)];
        const paragraph: Paragraph = {
          type: 'paragraph',
          children: words,
          data: { hName: 'div', hProperties: { dataTableCaption: '', ...(id ? { id } : {}) } },
        };
        parent.children.splice(index + 1, 1, paragraph);
        return [SKIP, index + 2];
      }
      const stray = captionIn(node as RootContent);
      if (stray) throw articleError(file, stray, `a <Caption> must follow its table, on the next line`);
      return undefined;
    });

    visit(tree, 'link', (link: Link) => {
      if (link.children.length || !link.url.startsWith('#')) return;
      const id = decodeURIComponent(link.url.slice(1));
      const label = labels.get(id);
      if (!label)
        throw articleError(
          file,
          link,
          `the link [](#${id}) has no text, and "${id}" is no figure's, table's or equation's label; label it (docs/toolkit.md) or give the link its words`,
        );
      link.children = [{ type: 'text', value: label }];
    });
  };
}
