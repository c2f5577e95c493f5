import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { MDX_SYNTAX } from '../markdown/mdx-tree.ts';
import { ARTICLE_CONTENT } from '../markdown/article-content.ts';
import type { RenderedReferences } from '../markdown/references.ts';

/** The last body parsed, and its syntax tree: a build has one article. */
let parsed: { body: string; tree: Root } | undefined;

/**
 * The article as one syntax tree, for what the site reads besides the page (read time, pictures,
 * the Markdown edition): parsed once a build, as Astro parses MDX; each caller gets a copy through
 * the page's content preset. `DEBUG_ARTICLE_TREE=1` prints each parse (one-parse.test.ts).
 */
export function articleTree(body: string, { lang, references }: { lang: string; references?: RenderedReferences | undefined }): Root {
  if (parsed?.body !== body) {
    parsed = { body, tree: unified().use(remarkParse).use(MDX_SYNTAX).parse(body) };
    if (process.env.DEBUG_ARTICLE_TREE) console.error('[article] the body is parsed');
  }
  const tree = structuredClone(parsed.tree);
  const file = new VFile({ data: { astro: { frontmatter: { lang } }, references } });
  unified().use(ARTICLE_CONTENT).runSync(tree, file);
  return tree;
}
