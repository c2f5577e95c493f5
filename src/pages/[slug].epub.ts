import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleSlug } from '../article/entry.ts';
import { getEpub } from '../editions/epub.ts';

/** `/<slug>.epub`: the article as an EPUB 3 book for e-readers (src/editions/epub.ts). */
export const getStaticPaths: GetStaticPaths = async () => [{ params: { slug: await getArticleSlug() } }];

export const GET: APIRoute = async ({ site }) => {
  const { bytes } = await getEpub(site);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/epub+zip' } });
};
