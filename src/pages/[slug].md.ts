import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleBody, getArticleData, getArticleSlug } from '../article.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { articleMarkdown } from '../lib/markdown-edition.ts';

/** `/<slug>.md`: the article as plain Markdown, for tools and agents (linked from <head> and llms.txt). */
export const getStaticPaths: GetStaticPaths = async () => [{ params: { slug: await getArticleSlug() } }];

export const GET: APIRoute = async ({ site }) => {
  const [data, body] = await Promise.all([getArticleData(), getArticleBody()]);
  const markdown = articleMarkdown({
    title: data.title,
    author: data.author.name,
    published: data.published,
    updated: data.updated,
    lang: data.lang,
    url: siteFileUrl('', site).href,
    body,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
