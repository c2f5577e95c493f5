import type { APIRoute } from 'astro';
import { siteFileUrl } from '../lib/canonical.ts';

/** Everything may be crawled; the sitemap is named with its absolute URL, as the protocol asks. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteFileUrl('sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
