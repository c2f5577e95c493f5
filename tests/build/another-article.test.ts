/**
 * Anyone's article: with another writer's article in content/articles (another author, with a
 * link of their own, another date and update, four sections, a note, a quotation and a link in
 * the text: tests/fixtures/another-article), the checks that read the live collection pass, and
 * so do the publication checks in the browser (the `publication` project: valid HTML, axe, no
 * console error or CSP violation, links and fragments, the first view's budgets, print, EPUBCheck,
 * the feed). The seed is never asked of it: its word-for-word checks run on its fixture copy.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject } from './temp-project.ts';
import { crawlProblems } from './crawl.ts';
import { TEST_SITE_URL } from '../test-site-url.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/another-article/letters-from-the-night-shift.mdx');
const project = new TempProject({ withTests: true });
after(() => project.remove());

/** Runs a command in the copy; its exit status and what it printed. */
function run(args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: project.root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) =>
      done({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

test('another article in its place builds, and passes every check of a publication', async () => {
  rmSync(project.articles, { recursive: true, force: true });
  cpSync(FIXTURE, join(project.articles, 'letters-from-the-night-shift.mdx'), { recursive: true });
  const build = await project.buildAsync({ SITE_URL: TEST_SITE_URL });
  assert.ok(build.ok, build.output);
  const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  assert.match(html, /<h1[^>]*>Letters From the Night Shift<\/h1>/);
  assert.doesNotMatch(html, /Russian|Baghai/, 'nothing of the seed article is left on the page');

  // The site's own URLs all answer; the writer's links are theirs (and not fetched).
  const { problems } = await crawlProblems(join(project.root, 'dist'), TEST_SITE_URL, { writerUrls: ['https://maren-holt.example/', 'https://hospital.example/letters'] });
  assert.deepEqual(problems, []);

  // The unit tests that read the live collection: the seed's are not asked of this article.
  const units = await run(['--test', 'tests/unit/article-content.test.ts']);
  assert.equal(units.status, 0, units.output);

  // The browser's publication checks, on this article's dist/.
  const browser = await run(['node_modules/@playwright/test/cli.js', 'test', '--project=publication', '--reporter=line']);
  // On failure: the whole report kept in a file, the first failures in the message.
  const report = join(tmpdir(), 'another-article-browser.log');
  writeFileSync(report, browser.output);
  const failures = browser.output.slice(Math.max(0, browser.output.indexOf('  1) ')));
  assert.equal(browser.status, 0, `the publication checks failed on another article (whole report: ${report}):\n${failures.slice(0, 8000)}`);
  assert.match(browser.output, /\b\d{2,} passed\b/, browser.output.slice(-2000));
  assert.doesNotMatch(browser.output, /\b\d+ failed\b/);
});
