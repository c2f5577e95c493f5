import { getArticle } from './article.ts';
import { renderEditionHtml } from './article-html.ts';
import { siteFileUrl } from './lib/canonical.ts';
import { formatDay } from './lib/dates.ts';
import { EDITION_IMAGE_WIDTH, editionXhtml, pagePictures } from './lib/edition-html.ts';
import { buildEpub } from './lib/epub.ts';
import { COVER_SIZE, renderPreviewImage } from './lib/preview-image.ts';
import { SITE } from './site.ts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';

/**
 * The body's pictures for the book: each source beside the article named by a `data-image`
 * (article-images.ts), at the widest the page sets it, at most EDITION_IMAGE_WIDTH (an e-reader's
 * screen, held in landscape), packed as JPEG (PNG for a PNG source: drawings stay sharp), in the
 * order they appear, each with its copy's own size for the body's `<img>`.
 */
async function bookImages(html: string) {
  return Promise.all(
    [...pagePictures(html)].map(async ([source, pageWidth], i) => {
      const png = /\.png$/i.test(source);
      const image = sharp(await readFile(resolve(SITE.articlesDir, source))).resize({ width: Math.min(pageWidth, EDITION_IMAGE_WIDTH), withoutEnlargement: true });
      const { data, info } = await (png ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 80, mozjpeg: true })).toBuffer({ resolveWithObject: true });
      const href = `images/${i + 1}.${png ? 'png' : 'jpg'}`;
      return { source, href, width: info.width, height: info.height, mediaType: png ? 'image/png' : 'image/jpeg', bytes: new Uint8Array(data) };
    }),
  );
}

let built: Promise<{ file: string; bytes: Uint8Array }> | undefined;

/**
 * The article's EPUB edition and its file name (`<slug>.epub`): built once per build, for its
 * route (src/pages/[slug].epub.ts) and for the page, which shows its size beside the link.
 */
export function getEpub(site: URL | undefined): Promise<{ file: string; bytes: Uint8Array }> {
  built ??= (async () => {
    const { data, slug, sections } = await getArticle();
    const url = siteFileUrl('', site).href;
    const publishedText = formatDay(data.published, data.lang);
    const cover = await renderPreviewImage(
      { title: data.title, author: data.author.name, date: publishedText, siteName: SITE.name },
      { size: COVER_SIZE },
    );
    const html = await renderEditionHtml();
    const images = await bookImages(html);
    const bytes = buildEpub({
      url,
      title: data.title,
      description: data.description,
      author: data.author.name,
      lang: data.lang,
      published: data.published,
      publishedText,
      modified: data.updated ?? data.published,
      publisher: SITE.name,
      sections: sections.map((s) => ({ id: s.slug, text: s.text, depth: s.depth })),
      body: editionXhtml(html, url, { localFragments: true, images: Object.fromEntries(images.map(({ source, href, width, height }) => [source, { href, width, height }])) }),
      cover: new Uint8Array(cover),
      images,
    });
    return { file: `${slug}.epub`, bytes };
  })();
  return built;
}
