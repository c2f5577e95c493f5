/**
 * The cross-engine spec's test: Playwright Test runs it (its runner, reporter and expect), but
 * no Playwright browser: each worker opens one reader's browser in the project's engine
 * (tests/engines/) and serves the live publication (dist/, whatever article content/articles
 * holds, `npm run build:test`) and the showcase with their CSP violations reported
 * (tests/tools/static-server.ts). Every test ends with no script error and no CSP violation,
 * checked here, so no test needs to remember to. What the specs look for in a page comes from
 * the page and its source (the words its script writes, the text the source gives), so they hold
 * for an article in any language.
 */
import { test as base, expect } from '@playwright/test';
import { launch, missing, type EngineName, type EnginePage } from '../../engines/engine.ts';
import { isSentinel, startStaticServer } from '../../tools/static-server.ts';
import { checkedArticle, onlyArticle, type CheckedArticle } from '../../article-check/article.ts';
import { fixtureDist, FIXTURE_SITES, liveDist } from '../fixture-sites.ts';
import { interfaceWords, type InterfaceWords } from '../interface-words.ts';

export type SiteName = 'publication' | 'showcase';

export interface Site {
  url: string;
  /** The article as its source and build say it is (tests/article-check/article.ts). */
  article: CheckedArticle;
  /** The interface's words as written by hand for the product's own fixture (the showcase); none for a writer's article. */
  known?: InterfaceWords;
  /** The CSP violation reports the server has received. */
  reports: string[];
}

export interface EngineOptions {
  engine: EngineName;
}

interface WorkerFixtures {
  engine: EngineName;
  reader: EnginePage;
  sites: Record<SiteName, Site>;
}

/** Serves a site with its CSP violations reported; `inject`: a script run before the page's own in every page. */
export async function serveSite(dist: string, inject?: string): Promise<{ url: string; reports: string[]; close: () => Promise<void> }> {
  const reports: string[] = [];
  const server = await startStaticServer({ root: dist, cspReports: reports, ...(inject ? { inject } : {}) });
  return { url: server.url, reports, close: server.close };
}

/** Waits until every CSP report a site's pages have sent so far is in: the sentinel page's report comes after them. */
export async function reportsIn(reader: EnginePage, site: { url: string; reports: string[] }): Promise<string[]> {
  await reader.goto(`${site.url}__csp-sentinel`);
  await expect.poll(() => site.reports.some(isSentinel), { message: 'the sentinel page’s CSP report arrives' }).toBe(true);
  return site.reports.filter((r) => !isSentinel(r)).splice(0);
}

export const test = base.extend<{ installed: void; guard: void }, WorkerFixtures & EngineOptions>({
  engine: ['gecko', { option: true, scope: 'worker' }],
  // On a machine without the engine's package the spec is skipped, except in CI, which must run it.
  installed: [
    async ({ engine }, use, testInfo) => {
      const why = await missing(engine);
      testInfo.skip(!!why && !process.env.CI, why);
      await use();
    },
    { auto: true },
  ],
  reader: [
    async ({ engine }, use) => {
      const reader = await launch(engine);
      await use(reader);
      await reader.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  sites: [
    async ({}, use) => {
      const live = checkedArticle(onlyArticle('content/articles'), liveDist());
      const showcase = checkedArticle(FIXTURE_SITES.showcase.source, fixtureDist('showcase'));
      const [liveServer, showcaseServer] = await Promise.all([serveSite(live.dist), serveSite(showcase.dist)]);
      await use({
        publication: { url: liveServer.url, article: live, reports: liveServer.reports },
        showcase: { url: showcaseServer.url, article: showcase, known: interfaceWords(showcase.lang), reports: showcaseServer.reports },
      });
      await Promise.all([liveServer.close(), showcaseServer.close()]);
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ installed, reader, sites }, use) => {
      void installed; // after the check that the engine is here
      for (const site of Object.values(sites)) site.reports.length = 0;
      await reader.errors();
      await use();
      // Not the sentinel page's own violation, which Firefox also logs.
      expect(
        (await reader.errors()).filter((e) => !isSentinel(e)),
        'script errors',
      ).toEqual([]);
      const violations: string[] = [];
      for (const site of Object.values(sites)) violations.push(...(await reportsIn(reader, site)));
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The words the page's script writes, in the page's language, as the page carries them (its JSON data block). */
export interface PageWords {
  share: string;
  linkCopied: string;
  copyFailed: string;
  listen: string;
  continueWhereYouLeftOff: string;
}

export async function pageWords(reader: EnginePage): Promise<PageWords> {
  return reader.evaluate(() => JSON.parse(document.querySelector('script[type="application/json"]#ui-strings')!.textContent!));
}

/**
 * Opens a page and waits until its script has added every control it adds: the Share button
 * (named in the page's words), a Copy button after each block that offers one, the settings.
 */
export async function open(reader: EnginePage, url: string): Promise<PageWords> {
  await reader.goto(url);
  const words = await pageWords(reader);
  await expect
    .poll(() =>
      reader.evaluate((share: string) => {
        const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
        return {
          share: buttons.includes(share),
          copy: [...document.querySelectorAll('[data-copy-label]')].every((block) =>
            [...document.querySelectorAll('button')].some((b) => b.textContent === (block as HTMLElement).dataset.copyLabel),
          ),
          display: !document.querySelector<HTMLElement>('details.settings')?.hidden,
        };
      }, words.share),
    )
    .toEqual({ share: true, copy: true, display: true });
  return words;
}

export interface Probe {
  firstFrame?: string;
}

/** Notes the page's colour in the first frame the engine paints (a frame callback runs before it paints). */
export function firstFrameProbe(): void {
  requestAnimationFrame(() => {
    (window as unknown as Probe).firstFrame = document.body ? getComputedStyle(document.body).backgroundColor : 'painted before <body>';
  });
}
