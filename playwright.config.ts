import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './tests/chromium.ts';
import type { PublicationOptions } from './tests/e2e/fixtures.ts';

/**
 * Browser tests run against built sites, served as a static host would serve them: with the
 * headers of dist/_headers and brotli (tests/tools/static-server.ts). Two projects, one per
 * publication (tests/e2e/publication.ts): `article`, the real article in dist/ (`npm run build`
 * first), and `showcase`, the long-form showcase, which the global setup builds. The page,
 * print, editions and feed checks run on both; the toolkit's own specs (tests/e2e/toolkit/) on
 * the showcase; the rest (reading, sharing, settings, aids, budgets, nginx) on the article.
 */
const BOTH = /\/(quality|print|editions|feed)\.spec\.ts$/;

export default defineConfig<PublicationOptions>({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: QUIET_CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'article', testIgnore: /\/toolkit\//, use: { publicationName: 'article', baseURL: process.env.TEST_BASE_URL } },
    { name: 'showcase', testMatch: [BOTH, /\/toolkit\/.*\.spec\.ts$/], use: { publicationName: 'showcase', baseURL: process.env.TEST_SHOWCASE_URL } },
  ],
});
