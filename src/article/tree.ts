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
 * The article as one syntax tree (mdast), for what the site reads of it besides the page: the
 * read time, the pictures its body shows and the Markdown edition. Its body is parsed once a
 * build, as Astro parses MDX (MDX, GFM, maths); each call gets its own copy, through the same
 * content preset as the page (ARTICLE_CONTENT: typography, callouts, numbering, citations), with
 * the article's language and, for the Markdown edition, the words the page set for its citations.
 * `DEBUG_ARTICLE_TREE=1` prints each parse (tests/build/one-parse.test.ts counts them).
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
