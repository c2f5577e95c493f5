import { getArticle } from '../article/entry.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { formatDay } from '../lib/dates.ts';
import { COVER_SIZE, renderPreviewImage } from '../preview-card/render.ts';
import { SITE } from '../site.ts';
import { lastChange } from '../article/notices.ts';
import { rightsOf, rightsText } from '../lib/rights.ts';
import { cleanXhtml } from './clean.ts';
import { buildEpub } from './epub-package.ts';
import { renderEditionSource } from './rendered-body.ts';
import { packPictures } from './pictures.ts';

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
      { title: data.title, author: data.author.name, date: publishedText, siteName: SITE.name, lang: data.lang },
      { size: COVER_SIZE },
    );
    const html = await renderEditionSource();
    const images = await packPictures(html);
    const bytes = buildEpub({
      url,
      title: data.title,
      description: data.description,
      author: data.author.name,
      lang: data.lang,
      published: data.published,
      publishedText,
      modified: lastChange(data) ?? data.published,
      publisher: SITE.publisher,
      rights: rightsText(rightsOf(data)),
      sections: sections.map((s) => ({ id: s.slug, text: s.text, depth: s.depth })),
      body: cleanXhtml(html, url, {
        localFragments: true,
        alignmentClasses: true,
        directions: true,
        annotations: true,
        times: true,
        images: Object.fromEntries(images.map(({ source, href, width, height }) => [source, { href, width, height }])),
      }),
      cover: new Uint8Array(cover),
      images,
    });
    return { file: `${slug}.epub`, bytes };
  })();
  return built;
}
