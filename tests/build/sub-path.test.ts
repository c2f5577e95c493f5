/**
 * Publishing under a path (a GitHub Pages project site) and at a host's root: in both builds every
 * URL the site writes leads back into the site, and nothing is served outside the path.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempProject } from './temp-project.ts';
import { crawlProblems } from './crawl.ts';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

for (const [siteUrlEnv, siteUrl] of [
  ['https://user.github.io/pow-article', 'https://user.github.io/pow-article/'],
  ['https://example.org', 'https://example.org/'],
]) {
  test(`built for ${siteUrlEnv}: every URL is under ${siteUrl} and answers 200`, async () => {
    const project = new TempProject().addSeedArticle();
    projects.push(project);
    const build = project.build({ SITE_URL: siteUrlEnv });
    assert.ok(build.ok, build.output);
    assert.doesNotMatch(build.output, /SITE_URL is not set/);
    const dist = join(project.root, 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    assert.match(html, new RegExp(`<link rel="canonical" href="${siteUrl}">`));
    assert.match(html, new RegExp(`<meta property="og:image" content="${siteUrl}og.png">`));
    const { problems, checkedUrls, crawledLinks } = await crawlProblems(dist, siteUrl);
    assert.deepEqual(problems, []);
    assert.ok(checkedUrls >= 10, `absolute URLs checked: ${checkedUrls}`);
    assert.ok(crawledLinks >= 10, `links crawled: ${crawledLinks}`);
  });
}

test('a bad SITE_URL stops the build, naming SITE_URL and the fault', () => {
  const project = new TempProject().addSeedArticle();
  projects.push(project);
  const build = project.build({ SITE_URL: 'ftp://example.org/' });
  assert.equal(build.ok, false);
  assert.match(build.output, /SITE_URL is "ftp:\/\/example\.org\/": it must begin with https:\/\/ or http:\/\//);
});

test('a build that falls back to localhost says so once; npm start does not', () => {
  const project = new TempProject().addSeedArticle();
  projects.push(project);
  const plain = project.build({ SITE_URL: '', npm_lifecycle_event: 'build' });
  assert.ok(plain.ok, plain.output);
  assert.equal(plain.output.match(/SITE_URL is not set/g)?.length, 1, plain.output);
  const start = project.build({ SITE_URL: '', npm_lifecycle_event: 'start' });
  assert.doesNotMatch(start.output, /SITE_URL is not set/);
});
