/**
 * Checks a built site as deployed at its site URL: served (by tests/tools/static-server.ts) under
 * that URL's path only, crawled by linkinator (a maintained link checker: every link, image and
 * in-page fragment of every page), and every absolute URL the site writes anywhere — meta tags,
 * JSON-LD, the feed, the sitemap, robots.txt, llms.txt — must begin with the site URL and answer
 * 200 from that server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { distFiles } from '../e2e/dist.ts';
import { startStaticServer } from '../tools/static-server.ts';

/** URLs that name a vocabulary or schema, not a page: XML namespaces, schema.org's @context. */
const IDENTIFIERS = /^https?:\/\/(www\.w3\.org\/|purl\.org\/|www\.sitemaps\.org\/schemas\/|schema\.org\/?$|www\.google\.com\/schemas\/)/;

/** Every absolute http(s) URL written in a text file of the site, but for identifiers. */
export function absoluteUrls(text: string): string[] {
  // An escaped attribute in the feed's XML (`href=&quot;https://…&quot;&gt;`) ends at its quote.
  const found = [...text.matchAll(/https?:\/\/[^\s"'<>(){}\[\]\\]+/g)].map((m) =>
    m[0]
      .split(/&(?:quot|gt|lt|#34|#39|apos);/)[0]!
      .replace(/[.,;:]+$/, '')
      .replace(/&amp;/g, '&'),
  );
  return [...new Set(found)].filter((u) => !IDENTIFIERS.test(u));
}

/**
 * `writerUrls`: the addresses the article's source itself gives (its author's link, links in its
 * text): off the site by the writer's choice, so neither required to be under the site URL nor
 * fetched (there is no network here). Any other URL the site writes must be its own.
 */
export async function crawlProblems(
  dist: string,
  siteUrl: string,
  { writerUrls = [] as readonly string[] } = {},
): Promise<{ problems: string[]; checkedUrls: number; crawledLinks: number }> {
  const base = new URL(siteUrl).pathname;
  const server = await startStaticServer({ root: dist, base });
  const local = (url: string) => server.url + url.slice(siteUrl.length);
  const problems: string[] = [];
  let checkedUrls = 0;
  try {
    // 1. Every absolute URL in every text file: the site's own, and reachable.
    const texts = distFiles(dist).filter((f) => /\.(html|xml|txt|md|json|webmanifest)$/.test(f));
    for (const file of texts) {
      for (const url of absoluteUrls(readFileSync(join(dist, file), 'utf8'))) {
        if (writerUrls.includes(url)) continue;
        if (!url.startsWith(siteUrl)) {
          problems.push(`${file}: ${url} is not under ${siteUrl}`);
          continue;
        }
        checkedUrls++;
        const status = (await fetch(local(url))).status;
        if (status !== 200) problems.push(`${file}: ${url} answers ${status}`);
      }
    }
    // 2. Root-relative links in the pages stay under the base path.
    for (const file of texts.filter((f) => f.endsWith('.html'))) {
      for (const [, path] of readFileSync(join(dist, file), 'utf8').matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        if (!path!.startsWith(base)) problems.push(`${file}: ${path} is outside ${base}`);
      }
    }
    // 3. linkinator crawls the pages from the home page, with the site's absolute URLs pointed here.
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [server.url, `${server.url}404.html`],
      recurse: true,
      checkFragments: true,
      // Links off the site are the writer's: linkinator would fetch them, and nothing here reaches out.
      linksToSkip: async (link: string) => !link.startsWith(server.url),
      urlRewriteExpressions: [{ pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), replacement: server.url }],
    });
    for (const link of result.links) {
      if (link.state === 'BROKEN') problems.push(`linkinator: ${link.url} (${link.status}) on ${link.parent}`);
    }
    return { problems, checkedUrls, crawledLinks: result.links.length };
  } finally {
    await server.close();
  }
}
