import { visit, SKIP } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import temml from 'temml';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { classesOf, scrollRegion, styleClasses } from './hast.ts';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';
import { articlePath } from './article-error.ts';

/**
 * Mathematics, rendered at build to MathML Core by Temml (no script, no font: the device's math
 * font), the TeX kept as its annotation and as `alttext` for feed readers without MathML. Temml's
 * few style attributes, which the CSP would block, become classes (math.css); one with none stops
 * the build. A display formula scrolls sideways in a region of its own, as a table does.
 */

/** One declaration Temml writes, as its class; undefined where there is none (an error). `display:block math` is what display="block" already says. */
export function mathDeclarationClass(declaration: string): string | null | undefined {
  const [property = '', value = ''] = declaration.split(':').map((s) => s.trim().toLowerCase());
  if (property === 'display' && value === 'block math') return null; // the attribute's own
  if (property === 'math-depth' && value === '0') return 'tml-depth-0';
  // An array's column spacing (matrices, aligned equations): none, or TeX's \arraycolsep.
  const pad = /^padding-(left|right)$/.exec(property);
  if (pad && (value === '0em' || value === '0')) return `tml-${pad[1]}-0`;
  if (pad && value === '5.9776pt') return `tml-${pad[1]}-col`;
  if (property === 'padding' && value === '3pt') return 'tml-boxed';
  if (property === 'border' && value === '1px solid') return 'tml-boxed';
  // A numbered equation (\tag, numbering.ts): the formula centred, its number at the right.
  if (property === 'width' && value === '100%') return 'tml-full';
  if (property === 'width' && value === '50%') return 'tml-half';
  if (property === 'padding' && value === '0') return 'tml-pad-0';
  return undefined;
}

/** The MathML for one formula, as hast, its styles made classes. */
function mathml(tex: string, display: boolean, where: string): Element {
  let html: string;
  try {
    html = temml.renderToString(tex, { displayMode: display, annotate: true, throwOnError: true, xml: true }); // xml: the namespace, which the EPUB's XHTML needs
  } catch (error) {
    throw new Error(`${where}: the formula "${tex}" is not TeX that Temml reads: ${(error as Error).message}`);
  }
  const math = fromHtml(html, { fragment: true }).children.find((c): c is Element => c.type === 'element' && c.tagName === 'math')!;
  visit(math, 'element', (node: Element) => {
    if (node.properties.style === undefined) return;
    const added = styleClasses(node.properties.style, mathDeclarationClass, (d) => {
      throw new Error(`${where}: the formula "${tex}" needs a style with no class (${d}); add it to src/markdown/math.ts and math.css`);
    });
    delete node.properties.style;
    if (added.length) node.properties.className = [...new Set([...classesOf(node), ...added])];
  });
  // The TeX as written: without the \tag a label's number added (numbering.ts).
  const written = tex.replace(/\s*\\tag\{\d+\}$/, '');
  math.properties.alttext = written;
  visit(math, 'element', (node: Element) => {
    if (node.tagName === 'annotation') node.children = [{ type: 'text', value: written }];
  });
  return math;
}

/**
 * remark-math's nodes, as remark-rehype writes them (`<code class="language-math math-inline">`,
 * and `<pre><code class="language-math math-display">`), replaced by their MathML.
 */
export function rehypeMath() {
  return (tree: Root, file?: VFile) => {
    const t = ui(fileLang(file));
    const where = articlePath(file);
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const code = node.tagName === 'pre' ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : node;
      if (code?.tagName !== 'code') return;
      const classes = classesOf(code);
      const display = classes.includes('math-display');
      if (!display && !classes.includes('math-inline')) return;
      if (display !== (node.tagName === 'pre')) return;
      const math = mathml(toString(code).trim(), display, where);
      if (!display) {
        parent.children.splice(index, 1, math);
        return SKIP;
      }
      n++;
      const name = { text: t('formula', { n }), lang: t.lang('formula'), id: `formula-name-${n}` };
      // A labelled formula's id (numbering.ts), on its region: a link to it scrolls it into view.
      const id = typeof node.properties.id === 'string' ? { id: node.properties.id } : {};
      parent.children.splice(index, 1, scrollRegion('math-scroll', name, math as ElementContent, id));
      return SKIP;
    });
  };
}
