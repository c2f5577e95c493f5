import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './tests/chromium.ts';
import type { PublicationOptions } from './tests/e2e/fixtures.ts';
import type { EngineOptions } from './tests/e2e/engines/engine-test.ts';

/**
 * Browser tests run against built sites, served as a static host would serve them: with the
 * headers of dist/_headers and brotli (tests/tools/static-server.ts). A project per publication
 * (tests/e2e/publication.ts), and one per other engine:
 * - `seed`: the article this site was made for, built by the global setup from its fixture copy:
 *   every spec but the toolkit's, word for word;
 * - `showcase`: every toolkit element, built by the global setup: the shared specs and the
 *   toolkit's own (tests/e2e/toolkit/);
 * - `publication`: whatever article content/articles holds, in dist/ (`npm run build:test`): the
 *   shared specs, which check what every publication needs, whoever wrote it;
 * - `german`, `arabic`: articles in those languages, built by the global setup: the shared specs
 *   in their readers' words, and languages.spec.ts.
 */
const SHARED = /tests\/e2e\/(quality|print|editions|feed|first-view)\.spec\.ts$/;
const ENGINES = /\/engines\/.*\.spec\.ts$/;
const LANGUAGES = /tests\/e2e\/languages\.spec\.ts$/;

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
    { name: 'seed', testIgnore: [/\/toolkit\//, ENGINES, LANGUAGES], use: { publicationName: 'seed', baseURL: process.env.TEST_SEED_URL } },
    { name: 'showcase', testMatch: [SHARED, /\/toolkit\/.*\.spec\.ts$/], use: { publicationName: 'showcase', baseURL: process.env.TEST_SHOWCASE_URL } },
    { name: 'publication', testMatch: SHARED, use: { publicationName: 'publication', baseURL: process.env.TEST_BASE_URL } },
    // Articles in German and in Arabic (tests/fixtures/languages/): the shared specs in the reader's
    // language and direction, and what only another language shows (languages.spec.ts).
    { name: 'german', testMatch: [SHARED, LANGUAGES], use: { publicationName: 'german', baseURL: process.env.TEST_GERMAN_URL } },
    { name: 'arabic', testMatch: [SHARED, LANGUAGES], use: { publicationName: 'arabic', baseURL: process.env.TEST_ARABIC_URL } },
    // The same reader's paths in the two other engines, from their Debian packages (tests/engines/):
    // the live publication and the showcase, each engine in a browser of its own per worker.
    // Printing is Firefox's alone: WebKit's WebDriver cannot print.
    { name: 'gecko', testMatch: ENGINES, use: { engine: 'gecko' } },
    { name: 'webkit', testMatch: /\/engines\/cross-engine\.spec\.ts$/, use: { engine: 'webkit' } },
  ],
});
