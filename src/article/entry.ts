import { getCollection, render } from 'astro:content';
import { onlyArticle } from './only-article.ts';
import { readingTime } from './reading-time.ts';
import { articleTree } from './tree.ts';
import { noticesHeading, noticesOf } from './notices.ts';
import { SITE } from '../site.ts';
import type { RenderedReferences } from '../markdown/references.ts';

async function articleEntry() {
  return onlyArticle(await getCollection('articles'), SITE.articlesDir);
}

/** The site's one article entry: its frontmatter, without rendering the body. */
export async function getArticleData() {
  return (await articleEntry()).data;
}

/** The article's slug (its file name without .mdx): the name of its editions, `<slug>.epub`, `<slug>.md`. */
export async function getArticleSlug(): Promise<string> {
  return (await articleEntry()).id;
}

/** The article's MDX body, as written (frontmatter apart). */
export async function getArticleBody(): Promise<string> {
  return (await articleEntry()).body ?? '';
}

/** The site's one article, rendered, with its sections and its read time computed from its words. */
export async function getArticle() {
  const entry = await articleEntry();
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return {
    data: entry.data,
    /** The file name without .mdx: the name of its editions. */
    slug: entry.id,
    Content,
    /** The sections the contents lists: h2 and h3, in order, and the corrections and updates that end the text. */
    sections: [...headings.filter((h) => h.depth === 2 || h.depth === 3), ...noticesHeading(noticesOf(entry.data), entry.data.lang)],
    readingTime: readingTime(articleTree(entry.body ?? '', { lang: entry.data.lang }), entry.data.lang),
    /** Its citations' words and its References' entries, where it cites (src/markdown/references.ts). */
    references: remarkPluginFrontmatter.references as RenderedReferences | undefined,
  };
}

export type Article = Awaited<ReturnType<typeof getArticle>>;
