import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticleData } from '../article.ts';
import { escapeXml } from '../lib/escape.ts';
import { SITE } from '../site.ts';
import { siteFileUrl } from '../lib/canonical.ts';

/** An RSS 2.0 feed with the article, for feed readers (linked from every page's <head>). */
export const GET: APIRoute = async ({ site }) => {
  const data = await getArticleData();
  return rss({
    title: SITE.name,
    description: `${SITE.name}: ${data.title}`,
    site: site!,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${data.lang}</language>`,
    items: [
      {
        title: data.title,
        description: data.description,
        link: siteFileUrl('', site).href,
        pubDate: data.published,
        customData: `<dc:creator>${escapeXml(data.author.name)}</dc:creator>`,
      },
    ],
  });
};

