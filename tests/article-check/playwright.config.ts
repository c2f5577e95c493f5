import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../chromium.ts';
import type { ArticleOptions } from './fixture.ts';

/**
 * The writer's check (`npm run check:article`, check-article.ts): the specs of this folder, in
 * Chromium, on the one article of content/articles as built into dist/ (or ARTICLE_FILE and
 * ARTICLE_DIST, which find-article.ts settles before the workers start). It builds nothing of
 * the product's own fixtures.
 */
export default defineConfig<ArticleOptions>({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  globalSetup: './find-article.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 90_000,
  outputDir: '../../test-results/article-check',
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS },
    articleFile: process.env.ARTICLE_FILE ?? '',
    articleDist: process.env.ARTICLE_DIST ?? '',
  },
  projects: [{ name: 'article' }],
});
