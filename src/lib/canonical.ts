import { SITE } from '../site.ts';

/** The site's canonical origin: SITE_URL at build time, else the documented default (src/site.ts). */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || SITE.defaultUrl;
}

/** The absolute canonical URL of a page: its path on the configured `site` (astro.config.mjs). */
export function canonicalUrl(pathname: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL) for canonical URLs');
  return new URL(pathname, site);
}
