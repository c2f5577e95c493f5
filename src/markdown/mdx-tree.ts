import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import type { PluggableList } from 'unified';

/** The remark plugins that read an article body as Astro's MDX does: MDX (JSX, ESM, expressions) with GFM. */
export const MDX_SYNTAX: PluggableList = [remarkMdx, remarkGfm, remarkMath];

/** An article body's syntax tree (mdast), parsed as Astro parses it, for the read time and the Markdown edition. */
export function mdxTree(body: string): Root {
  return unified().use(remarkParse).use(MDX_SYNTAX).parse(body);
}
