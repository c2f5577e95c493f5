import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { getArticleBody, getArticleData, getArticleSlug } from '../article.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { articleImage } from '../lib/article-images.ts';
import { DISPLAY } from '../lib/figure-sizes.ts';
import { articleMarkdown, bodyImageSources } from '../lib/markdown-edition.ts';

/** `/<slug>.md`: the article as plain Markdown, for tools and agents (linked from <head> and llms.txt). */
export const getStaticPaths: GetStaticPaths = async () => [{ params: { slug: await getArticleSlug() } }];

export const GET: APIRoute = async ({ site }) => {
  const [data, body] = await Promise.all([getArticleData(), getArticleBody()]);
  // Each picture as one file of the site's, at twice the column's width at most (a JPEG, or a
  // PNG for a PNG drawing), for Markdown has no srcset.
  const images = Object.fromEntries(
    await Promise.all(
      bodyImageSources(body).map(async (source) => {
        const image = await articleImage(source);
        const file = await getImage({ src: image, width: Math.min(image.width, DISPLAY.column.maxCss * 2), format: image.format === 'png' ? 'png' : 'jpg' });
        return [source, new URL(file.src, site).href];
      }),
    ),
  );
  const markdown = articleMarkdown({
    title: data.title,
    author: data.author.name,
    published: data.published,
    updated: data.updated,
    lang: data.lang,
    url: siteFileUrl('', site).href,
    body,
    images,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
