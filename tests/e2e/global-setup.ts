/**
 * Before the browser tests: check there is a built site in dist/ (whatever article
 * content/articles holds), made for the address the tests expect; build the seed article and the
 * long-form showcase from their fixtures, each in a temporary copy of the project; serve all
 * three on free ports (chosen by the system, so a stale server on a fixed port can never answer
 * for this run), and tell the workers where: TEST_BASE_URL (dist/), TEST_SEED_URL and
 * TEST_SEED_DIST, TEST_SHOWCASE_URL and TEST_SHOWCASE_DIST (each one project's `baseURL`,
 * playwright.config.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../tools/static-server.ts';
import { SEED_SLUG, TempProject } from '../build/temp-project.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';
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
  const [seed, showcase] = await Promise.all([
    buildFixture('seed article', (p) => p.addSeedArticle(`${SEED_SLUG}.mdx`)),
    buildFixture('showcase', addShowcase),
  ]);
  const servers: StaticServer[] = await Promise.all([startStaticServer({ root: 'dist' }), startStaticServer({ root: seed.dist }), startStaticServer({ root: showcase.dist })]);
  const [live, seedServer, showcaseServer] = servers;
  process.env.TEST_BASE_URL = live!.url;
  process.env.TEST_SEED_URL = seedServer!.url;
  process.env.TEST_SEED_DIST = seed.dist;
  process.env.TEST_SHOWCASE_URL = showcaseServer!.url;
  process.env.TEST_SHOWCASE_DIST = showcase.dist;
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    seed.project.remove();
    showcase.project.remove();
  };
}
