/**
 * Before the browser tests: check there is a built site in dist/ (whatever article
 * content/articles holds), made for the address the tests expect; build the seed article and the
 * long-form showcase and the German and Arabic articles from their fixtures, each in a temporary
 * copy of the project; serve them all on free ports (chosen by the system, so a stale server on a
 * fixed port can never answer for this run), and tell the workers where: TEST_BASE_URL (dist/),
 * and for each fixture TEST_<NAME>_URL and TEST_<NAME>_DIST (TEST_SEED_URL, TEST_GERMAN_DIST…),
 * each one project's `baseURL` (playwright.config.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../tools/static-server.ts';
import { SEED_SLUG, TempProject } from '../build/temp-project.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';
import { addLanguageFixture, LANGUAGE_FIXTURES, type LanguageFixture } from '../fixtures/languages/languages.ts';
import { TEST_SITE_URL } from '../test-site-url.ts';

/** Builds a fixture in a temporary copy of the project; its dist/ and the copy (to remove after). */
async function buildFixture(name: string, fill: (project: TempProject) => unknown): Promise<{ project: TempProject; dist: string }> {
  const project = new TempProject();
  await fill(project);
  const build = await project.buildAsync({ SITE_URL: TEST_SITE_URL });
  if (!build.ok) throw new Error(`the ${name} did not build:\n${build.output}`);
  return { project, dist: join(project.root, 'dist') };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('There is no built site in dist/: run "npm run build" first (npm test does both).');
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  if (canonical !== TEST_SITE_URL) {
    throw new Error(`dist/ was built for ${canonical}, the browser tests expect ${TEST_SITE_URL}: build with no SITE_URL or host variables set ("npm run build:test"; npm test does so).`);
  }
  const fixtures = {
    seed: () => buildFixture('seed article', (p) => p.addSeedArticle(`${SEED_SLUG}.mdx`)),
    showcase: () => buildFixture('showcase', addShowcase),
    ...Object.fromEntries(Object.keys(LANGUAGE_FIXTURES).map((name) => [name, () => buildFixture(`${name} fixture`, (p) => addLanguageFixture(p, name as LanguageFixture))])),
  };
  const built = await Promise.all(Object.entries(fixtures).map(async ([name, build]) => ({ name, ...(await build()) })));
  const live = await startStaticServer({ root: 'dist' });
  const servers: StaticServer[] = [live];
  process.env.TEST_BASE_URL = live.url;
  for (const { name, dist } of built) {
    const server = await startStaticServer({ root: dist });
    servers.push(server);
    process.env[`TEST_${name.toUpperCase()}_URL`] = server.url;
    process.env[`TEST_${name.toUpperCase()}_DIST`] = dist;
  }
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const { project } of built) project.remove();
  };
}
