import { SITE } from '../site.ts';

/** Where the site lives: its absolute URL (ending in "/") and the path part, Astro's `base`. */
export interface SiteAddress {
  /** e.g. "https://user.github.io/pow-article/" */
  url: string;
  /** e.g. "/pow-article/"; "/" for a site at the root of its host */
  base: string;
  /** Where the URL came from: "SITE_URL", a host's variable, or "default". */
  from: string;
}

/**
 * The deploy URLs that static hosts give their builds, tried in this order when SITE_URL is not
 * set. Each host's variable is read only when that host's own marker is set, so a `URL` left in
 * some other environment is never taken for Netlify's. GitHub Pages has none: its workflow
 * (.github/workflows/deploy.yml) passes configure-pages' base_url as SITE_URL.
 */
const HOSTS: { name: string; marker: string; variable: string; toUrl: (value: string) => string }[] = [
  { name: 'Netlify', marker: 'NETLIFY', variable: 'URL', toUrl: (v) => v },
  { name: 'Cloudflare Pages', marker: 'CF_PAGES', variable: 'CF_PAGES_URL', toUrl: (v) => v },
  // Vercel gives the production domain without a scheme ("example.vercel.app").
  { name: 'Vercel', marker: 'VERCEL', variable: 'VERCEL_PROJECT_PRODUCTION_URL', toUrl: (v) => `https://${v}` },
];

/**
 * The site's address: SITE_URL, else the deploy URL of the static host building it, else the
 * documented default (src/site.ts), right for `npm start` and the tests only. SITE_URL may carry
 * a path (a GitHub Pages project site), with or without its trailing slash. A SITE_URL that is
 * not an http(s) URL, or has a query or fragment, is refused with a message naming it.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  let raw = env.SITE_URL?.trim();
  let from = 'SITE_URL';
  if (!raw) {
    const host = HOSTS.find((h) => env[h.marker] && env[h.variable]?.trim());
    if (host) {
      raw = host.toUrl(env[host.variable]!.trim());
      from = `${host.variable} (${host.name})`;
    } else {
      raw = SITE.defaultUrl;
      from = 'default';
    }
  }
  const url = parseSiteUrl(raw, from === 'default' ? 'the default site URL' : from);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, base: url.pathname, from };
}

function parseSiteUrl(raw: string, name: string): URL {
  const problem = (why: string) =>
    new Error(
      `${name} is "${raw}": ${why}. Set it to the site's address, e.g. SITE_URL=https://example.org/ or https://user.github.io/repo/.`,
    );
  if (!URL.canParse(raw)) throw problem('not a URL');
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem(`it must begin with https:// or http://, not ${url.protocol}`);
  if (url.search || raw.includes('?')) throw problem('it must not have a query (?…)');
  if (url.hash || raw.includes('#')) throw problem('it must not have a fragment (#…)');
  if (url.username || url.password) throw problem('it must not carry a user name or password');
  return url;
}

/**
 * The warning for a build whose canonical URL falls back to localhost, or null where that is
 * meant: `npm start` and the tests (told by npm's npm_lifecycle_event), or SITE_URL is set.
 */
export function localhostWarning(address: SiteAddress, env: Record<string, string | undefined> = process.env): string | null {
  if (address.from !== 'default' || LOCAL_SCRIPTS.has(env.npm_lifecycle_event ?? '')) return null;
  return (
    `SITE_URL is not set, so this build's canonical, share and printed URLs (and the feed, sitemap ` +
    `and QR code) point at ${address.url}. For a real host build with SITE_URL=https://your.site/ (README: Deploying).`
  );
}

/**
 * npm scripts whose builds are meant for localhost (or that do not build for a host): `npm test`
 * runs `astro build` itself, so that its build is told apart from `npm run build`.
 */
const LOCAL_SCRIPTS = new Set(['start', 'dev', 'check', 'test', 'test:unit', 'test:e2e', 'bench', 'screenshots', 'print-preview']);

/** The absolute canonical URL of a page: its path (which includes the base) on the configured `site`. */
export function canonicalUrl(pathname: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL) for canonical URLs');
  return new URL(pathname, site);
}

/** The absolute URL of a file of the site (`og.png`, `feed.xml`), under the site's path. */
export function siteFileUrl(file: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL) for absolute URLs');
  return new URL(file.replace(/^\//, ''), site.href.endsWith('/') ? site : `${site.href}/`);
}

/** The root-relative path of a file of the site under its base: ("feed.xml", "/repo/") → "/repo/feed.xml". */
export function sitePath(file: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file.replace(/^\//, '')}`;
}
