/**
 * `npm run check:article`: the writer's check. Builds the article of content/articles into dist/
 * (for http://localhost:4321/, whatever SITE_URL the shell holds), then checks that publication
 * in Chromium (the specs beside this file): valid HTML, accessibility, links, pictures, the first
 * view's budgets, print, the EPUB, Reader View, Markdown and the feed. Nothing of the product's
 * own fixtures is built or checked: that is `npm test`.
 *
 *   npm run check:article                  build, then check
 *   npm run check:article -- --built       check dist/ as it is (built with SITE_URL for a host:
 *                                          served under that address's path)
 *   npm run check:article -- -g "printed"  any other option goes to Playwright (here: one test)
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { TEST_SITE_URL } from '../test-site-url.ts';
import { onlyArticle } from './article.ts';
import { chromiumExecutable } from '../chromium.ts';

const HOST_VARIABLES = ['SITE_URL', 'NETLIFY', 'URL', 'CF_PAGES', 'CF_PAGES_URL', 'VERCEL', 'VERCEL_PROJECT_PRODUCTION_URL'];
const started = performance.now();
const args = process.argv.slice(2);
const built = args.includes('--built');
const forPlaywright = args.filter((a) => a !== '--built');

const seconds = () => (performance.now() - started) / 1000;
const took = () => {
  const s = Math.round(seconds());
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
};

function stop(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

let file: string;
try {
  file = relative(process.cwd(), onlyArticle('content/articles'));
} catch (error) {
  stop(`check:article: ${(error as Error).message}`);
}

if (!built) {
  console.log(`check:article: building ${file}…`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !HOST_VARIABLES.includes(name)));
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...env, SITE_URL: TEST_SITE_URL },
  });
  if (build.status !== 0) {
    process.stdout.write(build.stdout);
    process.stderr.write(build.stderr);
    stop(`check:article: ${file} did not build (the message above names the line). Not ready to publish.`);
  }
  console.log(`check:article: built in ${took()}`);
}

// Before the browser starts: with no Chromium, this says how to get one and stops.
chromiumExecutable();
const check = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/article-check/playwright.config.ts', ...forPlaywright],
  {
    stdio: 'inherit',
    env: { ...process.env, ARTICLE_FILE: file, ARTICLE_DIST: 'dist' },
  },
);
const verdict =
  check.status === 0
    ? `${file} is ready to publish.`
    : `${file} is not ready to publish: what failed is listed above, each with the line of the article it concerns where there is one.`;
console.log(`\ncheck:article: ${verdict} (${took()})`);
// For the bench's report: how long the whole check took, build included.
if (process.env.CHECK_ARTICLE_TIMING) console.log(`check:article seconds: ${seconds().toFixed(1)}`);
process.exit(check.status ?? 1);
