import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import type { PluggableList } from 'unified';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** The remark plugins that read an article body as Astro's MDX does: MDX (JSX, ESM, expressions) with GFM. */
export const MDX_SYNTAX: PluggableList = [remarkMdx, remarkGfm, remarkMath];

/** An article body's syntax tree (mdast), parsed as Astro parses it, for the read time and the Markdown edition. */
export function mdxTree(body: string): Root {
  return unified().use(remarkParse).use(MDX_SYNTAX).parse(body);
}

/** A JSX element's attribute as written, when it is a plain string ('' for a bare `decorative`). */
export function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : found && found.value === null ? '' : undefined;
}
