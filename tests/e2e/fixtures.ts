import { test as base, expect, type Page } from '@playwright/test';
import { watchProblems } from '../console-guard.ts';
import { publication, type Publication, type PublicationName } from './publication.ts';

/** The option each Playwright project sets (playwright.config.ts): which publication it runs on. */
export interface PublicationOptions {
  publicationName: PublicationName;
}

/**
 * Every browser test fails on a console error, an uncaught exception or a CSP violation in
 * any page of its browser context (pages it opens itself included), unless the test expects the
 * message: `test.use({ allowedConsole: /pattern/ })`. `publication` is what the project's
 * article is expected to be (tests/e2e/publication.ts).
 */
export const test = base.extend<{ allowedConsole: RegExp | null; consoleGuard: void }, PublicationOptions & { publication: Publication }>({
  publicationName: ['seed', { option: true, scope: 'worker' }],
  publication: [async ({ publicationName }, use) => use(publication(publicationName)), { scope: 'worker' }],
  allowedConsole: [null, { option: true }],
  consoleGuard: [
    async ({ browser, context, allowedConsole }, use) => {
      const seen: string[][] = [];
      const watch = (page: Page) => void seen.push(watchProblems(page));
      context.pages().forEach(watch);
      context.on('page', watch);
      // A context the test opens itself (JavaScript on beside a JS-off project, say) is watched too.
      const newContext = browser.newContext;
      browser.newContext = async (...options) => {
        const opened = await newContext.apply(browser, options);
        opened.on('page', watch);
        return opened;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      expect(seen.flat().filter((p) => !allowedConsole?.test(p))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
