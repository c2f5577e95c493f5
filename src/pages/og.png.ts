import type { APIRoute } from 'astro';
import { getArticleData } from '../article/entry.ts';
import { formatDay } from '../lib/dates.ts';
import { renderPreviewImage } from '../preview-card/render.ts';
import { SITE } from '../site.ts';

/** The link-preview image (og:image), drawn at build from the article's frontmatter. */
export const GET: APIRoute = async () => {
  const data = await getArticleData();
  const png = await renderPreviewImage({
    title: data.title,
    author: data.author.name,
    date: formatDay(data.published, data.lang),
    siteName: SITE.name,
    lang: data.lang,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
