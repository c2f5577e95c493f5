/**
 * The product's own publications, each built from its fixture by a setup project of its own
 * (build-fixture.setup.ts), so a run builds only what its projects need (`--project=seed` builds
 * the seed alone): the seed article, the long-form showcase, and the German and Arabic articles.
 * Each is built in a temporary copy of the project, for the tests' address, and its dist/ kept
 * under TEST_FIXTURE_SITES (a folder of this run's, made by playwright.config.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ARTICLE, SEED_SLUG, TempProject } from '../build/temp-project.ts';
import { addShowcase, SHOWCASE_FILE } from '../fixtures/long-form-showcase/showcase.ts';
import { addLanguageFixture, languageFile } from '../fixtures/languages/languages.ts';
import { TEST_SITE_URL } from '../test-site-url.ts';

export const FIXTURE_SITES = {
  seed: { source: SEED_ARTICLE, fill: (p: TempProject) => p.addSeedArticle(`${SEED_SLUG}.mdx`) },
  showcase: { source: SHOWCASE_FILE, fill: addShowcase },
  german: { source: languageFile('german'), fill: (p: TempProject) => addLanguageFixture(p, 'german') },
  arabic: { source: languageFile('arabic'), fill: (p: TempProject) => addLanguageFixture(p, 'arabic') },
} as const;

export type FixtureSite = keyof typeof FIXTURE_SITES;

/** Where a fixture's build is kept this run. */
export function fixtureDist(name: FixtureSite): string {
  const root = process.env.TEST_FIXTURE_SITES;
  if (!root) throw new Error('TEST_FIXTURE_SITES is not set: run the browser tests through playwright.config.ts');
  return join(root, name);
}

/** Builds a fixture's site, for the tests' address, into fixtureDist(name). */
export async function buildFixtureSite(name: FixtureSite): Promise<void> {
  const project = new TempProject();
  try {
    await FIXTURE_SITES[name].fill(project);
    const build = await project.buildAsync({ SITE_URL: TEST_SITE_URL });
    if (!build.ok) throw new Error(`the ${name} fixture did not build:\n${build.output}`);
    rmSync(fixtureDist(name), { recursive: true, force: true });
    renameSync(join(project.root, 'dist'), fixtureDist(name));
  } finally {
    project.remove();
  }
}

/**
 * The live site (dist/, whatever article content/articles holds), checked to be there and built
 * for the tests' address: `npm run build:test` (npm test does so) makes it.
 */
export function liveDist(dir = 'dist'): string {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error('There is no built site in dist/: run "npm run build:test" first (npm test does both).');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  if (canonical !== TEST_SITE_URL) {
    throw new Error(
      `dist/ was built for ${canonical}, the browser tests expect ${TEST_SITE_URL}: build with no SITE_URL or host variables set ("npm run build:test"; npm test does so).`,
    );
  }
  return dir;
}
