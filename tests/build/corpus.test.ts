/**
 * The writer's check is right for any article (#35): each article of the corpus
 * (tests/fixtures/corpus/) goes alone into content/articles of a copy of the project, and
 * `npm run check:article` runs there as a writer runs it. Every well-formed one passes; every
 * broken one fails, naming its file and line. With the French and the Hebrew articles in place,
 * the rest of what reads the live article passes too: the unit tests of the live collection and
 * the Firefox and WebKit specs. Each run's time is logged (the bench reports the check's time).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject } from './temp-project.ts';
import { addCorpusArticle, CORPUS, type CorpusArticle } from '../fixtures/corpus/corpus.ts';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

/** Runs a command of the project's in the copy, as `npm run` would (the pinned Node); its exit status and all it printed. */
function run(project: TempProject, args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      args,
      { cwd: project.root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 },
      (error, stdout, stderr) =>
        done({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** On failure, the whole report in a file and its start in the message. */
function report(name: string, output: string): string {
  const file = join(tmpdir(), `corpus-${name.replace(/\W+/g, '-')}.log`);
  writeFileSync(file, output);
  const failures = output.indexOf('  1) ');
  return `(whole report: ${file})\n${output.slice(failures === -1 ? Math.max(0, output.length - 6000) : failures).slice(0, 6000)}`;
}

async function checked(article: CorpusArticle): Promise<{ project: TempProject; status: number; output: string }> {
  const project = new TempProject({ withTests: true });
  projects.push(project);
  await addCorpusArticle(project, article);
  const started = performance.now();
  const result = await run(project, ['tests/article-check/check-article.ts']);
  console.log(`check:article on ${article.folder}: ${((performance.now() - started) / 1000).toFixed(1)} s, exit ${result.status}`);
  return { project, ...result };
}

describe('the writer’s check, on articles of every kind', { concurrency: 1 }, () => {
  for (const article of CORPUS.filter((a) => !a.fails)) {
    test(`${article.folder} (${article.why}): ready to publish`, async () => {
      const { project, status, output } = await checked(article);
      assert.equal(status, 0, `npm run check:article failed on ${article.folder} ${report(article.folder, output)}`);
      assert.match(output, /\d+ passed/);
      assert.doesNotMatch(output, /\d+ (failed|flaky)/);
      assert.match(output, /is ready to publish/);
      if (article.folder === 'fr' || article.folder === 'he') {
        // Every other check of npm test that reads the live article: the live collection's units, Firefox and WebKit.
        const units = await run(project, ['--test', 'tests/unit/article-content.test.ts']);
        assert.equal(units.status, 0, units.output);
        const engines = await run(project, [
          'node_modules/@playwright/test/cli.js',
          'test',
          '--project=gecko',
          '--project=webkit',
          '--grep-invert',
          'showcase',
          '--reporter=line',
        ]);
        assert.equal(
          engines.status,
          0,
          `the Firefox and WebKit specs failed on ${article.folder} ${report(`${article.folder}-engines`, engines.output)}`,
        );
        assert.match(engines.output, /\d+ passed/);
      }
    });
  }

  for (const article of CORPUS.filter((a) => a.fails)) {
    test(`${article.folder} (${article.why}): not ready, and the check names the file and line`, async () => {
      const { status, output } = await checked(article);
      assert.notEqual(status, 0, output.slice(-3000));
      assert.match(output, article.fails!, output.slice(-3000));
      assert.match(output, /is not ready to publish|did not build/);
    });
  }
});

test('as the Pages workflow runs it: built for a project site’s address, the check serves that build under its path and passes', async () => {
  const project = new TempProject({ withTests: true });
  projects.push(project);
  project.addSeedArticle();
  const build = await project.buildAsync({ SITE_URL: 'https://user.github.io/pow-article/' });
  assert.ok(build.ok, build.output);
  const { status, output } = await run(project, ['tests/article-check/check-article.ts', '--built']);
  assert.equal(status, 0, `the check of a build for a path failed ${report('built-for-a-path', output)}`);
  assert.doesNotMatch(output, /building/, 'it checks the build it is given, and builds nothing');
  assert.match(output, /\d+ passed/);
});
