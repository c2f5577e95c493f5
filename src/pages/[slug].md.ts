import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getArticleBody, getArticleData, getArticleSlug } from '../article.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { articleImage } from '../lib/article-images.ts';
import { shownLeadImage } from '../lib/lead-image.ts';
import { largestWidth } from '../lib/figure-sizes.ts';
import { articleMarkdown, bodyImageSources } from '../lib/markdown-edition.ts';

/** `/<slug>.md`: the article as plain Markdown, for tools and agents (linked from <head> and llms.txt). */
export const getStaticPaths: GetStaticPaths = async () => [{ params: { slug: await getArticleSlug() } }];

export const GET: APIRoute = async ({ site }) => {
  const [data, body] = await Promise.all([getArticleData(), getArticleBody()]);
  // Each picture, the lead image too, as one file of the site's: the largest the page sends for
  // the column (a JPEG, or a PNG for a PNG drawing), for Markdown has no srcset.
  const siteFile = async (image: ImageMetadata) => {
    const file = await getImage({ src: image, width: largestWidth('column', image.width), format: image.format === 'png' ? 'png' : 'jpg' });
    return new URL(file.src, site).href;
  };
  const images = Object.fromEntries(await Promise.all(bodyImageSources(body).map(async (source) => [source, await siteFile(await articleImage(source))])));
  const shown = shownLeadImage(data);
  const lead = shown && { url: await siteFile(shown.image), alt: shown.alt, credit: shown.credit };
  const markdown = articleMarkdown({
    title: data.title,
    author: data.author.name,
    published: data.published,
    updated: data.updated,
    lang: data.lang,
    url: siteFileUrl('', site).href,
    body,
    images,
    lead,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
