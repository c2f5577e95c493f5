/**
 * Before the browser tests: check there is a built site, made for the address the tests expect;
 * build the long-form showcase in a temporary copy of the project; serve both on free ports
 * (chosen by the system, so a stale server on a fixed port can never answer for this run), and
 * tell the workers where, through TEST_BASE_URL, TEST_SHOWCASE_URL and TEST_SHOWCASE_DIST
 * (playwright.config.ts reads them; each is one project's `baseURL`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../tools/static-server.ts';
import { TempProject } from '../build/temp-project.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';
import { TEST_SITE_URL } from '../test-site-url.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('There is no built site in dist/: run "npm run build" first (npm test does both).');
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  if (canonical !== TEST_SITE_URL) {
    throw new Error(`dist/ was built for ${canonical}, the browser tests expect ${TEST_SITE_URL}: build with no SITE_URL or host variables set ("npm run build:test"; npm test does so).`);
  }
  const project = new TempProject();
  await addShowcase(project);
  const build = project.build({ SITE_URL: TEST_SITE_URL });
  if (!build.ok) throw new Error(`the showcase did not build:\n${build.output}`);
  const showcaseDist = join(project.root, 'dist');
  const article = await startStaticServer({ root: 'dist' });
  const showcase = await startStaticServer({ root: showcaseDist });
  process.env.TEST_BASE_URL = article.url;
  process.env.TEST_SHOWCASE_URL = showcase.url;
  process.env.TEST_SHOWCASE_DIST = showcaseDist;
  return async () => {
    await Promise.all([article.close(), showcase.close()]);
    project.remove();
  };
}
