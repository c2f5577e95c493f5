import { posix } from 'node:path';
import { getArticle, getArticleBody, getArticleData } from '../article/entry.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { sourceName } from '../lib/article-images.ts';
import { shownLeadImage } from '../article/lead-image.ts';
import { rightsOf, rightsText } from '../lib/rights.ts';
import { renderEditionSource } from './rendered-body.ts';
import { pagePictures } from './pictures.ts';
import { articleMarkdown } from './to-markdown.ts';
import { articleTree } from '../article/tree.ts';
import { pictureSources } from '../article/picture-sources.ts';
import { lastChange, noticesMarkdown, noticesOf } from '../article/notices.ts';

/**
 * The article as plain Markdown (to-markdown.ts). Markdown has no srcset, so each picture, the
 * lead image too, is one file of the site's: the one every edition shows (pictures.ts), found
 * by its source beside the article.
 */
export async function markdownEdition(site: URL | undefined): Promise<string> {
  const [data, body, html, { references }] = await Promise.all([getArticleData(), getArticleBody(), renderEditionSource(), getArticle()]);
  const tree = articleTree(body, { lang: data.lang, references });
  const pictures = pagePictures(html);
  const rights = rightsOf(data);
  const fileOf = (source: string | undefined) => {
    const file = source === undefined ? undefined : pictures.get(source);
    return file && new URL(file.url, site).href;
  };
  // A source as written ("./photos/road.jpg") is a path from the article: "photos/road.jpg".
  const images = Object.fromEntries(
    pictureSources(tree).flatMap((source) => {
      const url = fileOf(posix.normalize(source));
      return url ? [[source, url]] : [];
    }),
  );
  const shown = shownLeadImage(data);
  const leadUrl = shown && fileOf(sourceName(shown.image));
  const lead = shown && leadUrl ? { url: leadUrl, alt: shown.alt, credit: shown.credit } : undefined;
  return articleMarkdown({
    title: data.title,
    author: data.author.name,
    published: data.published,
    updated: lastChange(data),
    notices: noticesMarkdown(noticesOf(data), data.lang),
    lang: data.lang,
    url: siteFileUrl('', site).href,
    rights: rightsText(rights),
    license: rights.license?.url,
    tree,
    images,
    lead,
  });
}
