import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './tests/chromium.ts';
import type { PublicationOptions } from './tests/e2e/fixtures.ts';
import type { EngineOptions } from './tests/e2e/engines/engine-test.ts';
import { FIXTURE_SITES, fixtureDist, type FixtureSite } from './tests/e2e/fixture-sites.ts';

/**
 * The product's browser tests: its own publications, each built from its fixture by a setup
 * project (`build seed`, …: tests/e2e/build-fixture.setup.ts) that only the projects needing it
 * run, each served by every worker as a static host serves it (tests/tools/static-server.ts):
 * - `seed`: the article this site was made for, word for word: the writer's check, and every
 *   spec of the product's but the toolkit's;
 * - `showcase`: every toolkit element: the writer's check, the shared specs and the toolkit's own;
 * - `german`, `arabic`: the writer's check, the shared specs in the reader's words and direction,
 *   and languages.spec.ts;
 * - `gecko`, `webkit`: the reader's paths in Firefox ESR and WebKitGTK, on the live article
 *   (dist/, `npm run build:test`) and the showcase.
 * The writer's check alone (tests/article-check/, `npm run check:article`) has a config of its own.
 */
// This run's fixture builds, in a folder the workers inherit (they load this file again).
process.env.TEST_FIXTURE_SITES ??= mkdtempSync(join(tmpdir(), 'fixture-sites-'));

const ARTICLE_CHECK = /tests\/article-check\/.*\.spec\.ts$/;
const SHARED = /tests\/e2e\/(quality|print|editions|feed|record)\.spec\.ts$/;
const ENGINES = /tests\/e2e\/engines\/.*\.spec\.ts$/;
const LANGUAGES = /tests\/e2e\/languages\.spec\.ts$/;
const TOOLKIT = /tests\/e2e\/toolkit\/.*\.spec\.ts$/;

/** A project on one of the product's publications: its fixture's build first, then these specs on it. */
const onFixture = (name: FixtureSite, testMatch: RegExp[], testIgnore: RegExp[] = []) => ({
  name,
  dependencies: [`build ${name}`],
  testMatch,
  testIgnore,
  use: { publicationName: name, articleFile: FIXTURE_SITES[name].source, articleDist: fixtureDist(name) },
});

export default defineConfig<PublicationOptions & EngineOptions>({
  testDir: './tests',
  globalTeardown: './tests/e2e/remove-fixture-sites.ts',
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
    ...(Object.keys(FIXTURE_SITES) as FixtureSite[]).map((name) => ({
      name: `build ${name}`,
      testMatch: /build-fixture\.setup\.ts$/,
      metadata: { fixture: name },
    })),
    onFixture('seed', [ARTICLE_CHECK, /tests\/e2e\/.*\.spec\.ts$/], [TOOLKIT, ENGINES, LANGUAGES]),
    onFixture('showcase', [ARTICLE_CHECK, SHARED, TOOLKIT]),
    onFixture('german', [ARTICLE_CHECK, SHARED, LANGUAGES]),
    onFixture('arabic', [ARTICLE_CHECK, SHARED, LANGUAGES]),
    // The same reader's paths in the two other engines, from their Debian packages (tests/engines/):
    // the live publication and the showcase, each engine in a browser of its own per worker.
    // Printing is Firefox's alone: WebKit's WebDriver cannot print.
    { name: 'gecko', dependencies: ['build showcase'], testMatch: ENGINES, use: { engine: 'gecko' } },
    {
      name: 'webkit',
      dependencies: ['build showcase'],
      testMatch: /tests\/e2e\/engines\/cross-engine\.spec\.ts$/,
      use: { engine: 'webkit' },
    },
  ],
});
