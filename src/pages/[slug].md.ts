import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleSlug } from '../article/entry.ts';
import { markdownEdition } from '../editions/markdown.ts';

/** `/<slug>.md`: the article as plain Markdown, for tools and agents (linked from <head> and llms.txt). */
export const getStaticPaths: GetStaticPaths = async () => [{ params: { slug: await getArticleSlug() } }];

export const GET: APIRoute = async ({ site }) =>
  new Response(await markdownEdition(site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
