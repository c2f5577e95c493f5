import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './tests/chromium.ts';
import type { PublicationOptions } from './tests/e2e/fixtures.ts';
import type { EngineOptions } from './tests/e2e/engines/engine-test.ts';

/**
 * Browser tests run against built sites, served as a static host would serve them: with the
 * headers of dist/_headers and brotli (tests/tools/static-server.ts). Three projects, one per
 * publication (tests/e2e/publication.ts):
 * - `seed`: the article this site was made for, built by the global setup from its fixture copy:
 *   every spec but the toolkit's, word for word;
 * - `showcase`: every toolkit element, built by the global setup: the shared specs and the
 *   toolkit's own (tests/e2e/toolkit/);
 * - `publication`: whatever article content/articles holds, in dist/ (`npm run build:test`): the
 *   shared specs, which check what every publication needs, whoever wrote it.
 */
const SHARED = /tests\/e2e\/(quality|print|editions|feed|first-view)\.spec\.ts$/;
const ENGINES = /\/engines\/.*\.spec\.ts$/;

export default defineConfig<PublicationOptions & EngineOptions>({
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
    { name: 'seed', testIgnore: [/\/toolkit\//, ENGINES], use: { publicationName: 'seed', baseURL: process.env.TEST_SEED_URL } },
    { name: 'showcase', testMatch: [SHARED, /\/toolkit\/.*\.spec\.ts$/], use: { publicationName: 'showcase', baseURL: process.env.TEST_SHOWCASE_URL } },
    { name: 'publication', testMatch: SHARED, use: { publicationName: 'publication', baseURL: process.env.TEST_BASE_URL } },
    // The same reader's paths in the two other engines, from their Debian packages (tests/engines/):
    // the live publication and the showcase, each engine in a browser of its own per worker.
    // Printing is Firefox's alone: WebKit's WebDriver cannot print.
    { name: 'gecko', testMatch: ENGINES, use: { engine: 'gecko' } },
    { name: 'webkit', testMatch: /\/engines\/cross-engine\.spec\.ts$/, use: { engine: 'webkit' } },
  ],
});
