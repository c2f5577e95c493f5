import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getArticleBody, getArticleData } from '../article-entry.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { articleImage } from '../lib/article-images.ts';
import { shownLeadImage } from '../lib/lead-image.ts';
import { largestWidth } from '../lib/figure-sizes.ts';
import { articleMarkdown, bodyImageSources } from './to-markdown.ts';

/** The article as plain Markdown (to-markdown.ts), with its pictures at the site's own files. */
export async function markdownEdition(site: URL | undefined): Promise<string> {
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
  return articleMarkdown({
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
}
