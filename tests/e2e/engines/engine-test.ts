/**
 * The cross-engine spec's test: Playwright Test runs it (its runner, reporter, global setup and
 * expect), but no Playwright browser: each worker opens one reader's browser in the project's
 * engine (tests/engines/) and serves the real publication (dist/) and the showcase with their
 * CSP violations reported (tests/tools/static-server.ts). Every test ends with no script error
 * and no CSP violation, checked here, so no test needs to remember to.
 */
import { test as base, expect } from '@playwright/test';
import { launch, missing, type EngineName, type EnginePage } from '../../engines/engine.ts';
import { startStaticServer } from '../../tools/static-server.ts';
import { publication, type Publication } from '../publication.ts';

export type SiteName = 'publication' | 'showcase';

export interface Site {
  url: string;
  publication: Publication;
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
      const open = async (name: SiteName): Promise<Site & { close: () => Promise<void> }> => {
        const reports: string[] = [];
        const pub = publication(name);
        const server = await startStaticServer({ root: pub.dist, cspReports: reports });
        return { url: server.url, publication: pub, reports, close: server.close };
      };
      const [live, showcase] = await Promise.all([open('publication'), open('showcase')]);
      await use({ publication: live, showcase });
      await Promise.all([live.close(), showcase.close()]);
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ installed, reader, sites }, use) => {
      void installed; // after the check that the engine is here
      for (const site of Object.values(sites)) site.reports.length = 0;
      await reader.errors();
      await use();
      // A report is sent after the violation, asynchronously: give it a moment to arrive.
      await new Promise((done) => setTimeout(done, 300));
      expect(await reader.errors(), 'script errors').toEqual([]);
      expect(Object.values(sites).flatMap((s) => s.reports), 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page and waits until its script has added every control it adds: what shows it ran to the end. */
export async function open(reader: EnginePage, url: string): Promise<void> {
  await reader.goto(url);
  await expect
    .poll(() =>
      reader.evaluate(() => {
        const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
        return {
          share: buttons.includes('Share'),
          copy: buttons.includes('Copy citation') && buttons.includes('Copy BibTeX'),
          display: !document.querySelector<HTMLElement>('details.settings')?.hidden,
        };
      }),
    )
    .toEqual({ share: true, copy: true, display: true });
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

