import rss from '@astrojs/rss';
import { getArticleData } from '../article/entry.ts';
import { escapeXml } from '../lib/escape.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { isoDay } from '../lib/dates.ts';
import { lastChange } from '../article/notices.ts';
import { SITE } from '../site.ts';
import { rightsOf, rightsText } from '../lib/rights.ts';
import { cleanHtml } from './clean.ts';
import { renderEditionSource } from './rendered-body.ts';

/**
 * RSS 2.0 with the whole article (content:encoded), for feed readers; linked from every page's
 * <head>. Every date in it comes from the frontmatter, never from the build's clock, so two
 * builds give the same bytes.
 */
export async function feedEdition(site: URL | undefined): Promise<Response> {
  const data = await getArticleData();
  const url = siteFileUrl('', site).href;
  // The last change, a correction or update too (src/article/notices.ts): a reader's feed shows the item as changed.
  const modified = lastChange(data) ?? data.published;
  const channel = [
    `<language>${escapeXml(data.lang)}</language>`,
    `<copyright>${escapeXml(rightsText(rightsOf(data)))}</copyright>`,
    `<atom:link href="${escapeXml(siteFileUrl('feed.xml', site).href)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${modified.toUTCString()}</lastBuildDate>`,
    `<image><url>${escapeXml(siteFileUrl('apple-touch-icon.png', site).href)}</url><title>${escapeXml(SITE.name)}</title><link>${escapeXml(url)}</link></image>`,
  ];
  return rss({
    title: SITE.name,
    description: `${SITE.name}: ${data.title}`,
    site: url,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/', atom: 'http://www.w3.org/2005/Atom' },
    customData: channel.join(''),
    items: [
      {
        title: data.title,
        description: data.description,
        link: url,
        pubDate: data.published,
        content: cleanHtml(await renderEditionSource(), url),
        // The last change: dcterms:modified says it precisely, dc:date is what feed readers read
        // as an item's update (RSS has no element of its own for it).
        customData: `<dc:creator>${escapeXml(data.author.name)}</dc:creator><dc:date>${isoDay(modified)}</dc:date><dcterms:modified>${isoDay(modified)}</dcterms:modified>`,
      },
    ],
  });
}
