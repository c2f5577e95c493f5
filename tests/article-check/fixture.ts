import { test as base, expect, type Page } from '@playwright/test';
import { watchProblems } from '../console-guard.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { checkedArticle, type CheckedArticle } from './article.ts';

/** What a project checks: an article's source and the site built from it (the writer's check: content/articles and dist/). */
export interface ArticleOptions {
  articleFile: string;
  articleDist: string;
}

/**
 * The article under check, for every spec of the writer's check (and the product's projects,
 * which run the same specs on fixtures of their own), its site served by each worker as a
 * static host serves it (tests/tools/static-server.ts), under the path of the address it was
 * built for: that is `baseURL`, so a test opens the article with `page.goto('')`. Every test
 * fails on a console error, an uncaught exception or a CSP violation in any page of its browser
 * context, pages it opens itself included, unless it expects the message:
 * `test.use({ allowedConsole: /pattern/ })`.
 */
export const test = base.extend<
  { allowedConsole: RegExp | null; consoleGuard: void },
  ArticleOptions & { article: CheckedArticle; articleUrl: string }
>({
  articleFile: ['', { option: true, scope: 'worker' }],
  articleDist: ['', { option: true, scope: 'worker' }],
  article: [async ({ articleFile, articleDist }, use) => use(checkedArticle(articleFile, articleDist)), { scope: 'worker' }],
  articleUrl: [
    async ({ article }, use) => {
      const server = await startStaticServer({ root: article.dist, base: new URL(article.canonical).pathname });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ articleUrl }, use) => use(articleUrl),
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

/**
 * Waits until the page's script has done what it does after the first paint (a frame, then a
 * task a step: src/scripts/article.ts): a frame and a task queued after them come after them.
 */
export async function afterEnhancements(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}
