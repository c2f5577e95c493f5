/** A 20,000-word article in 40 sections builds, keeps every id unique and the contents complete, and stays valid and accessible. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingTime } from '../../src/article/reading-time.ts';
import { articleTree } from '../../src/article/tree.ts';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { axeViolations, htmlProblems, pageStructure } from './page-checks.ts';
import { generatedBody } from './generated-article.ts';

const SECTIONS = 40;
const WORDS = 20_000;
const project = new TempProject();
after(() => project.remove());

test('a 20,000-word, 40-section article builds whole, valid and accessible', async () => {
  const body = generatedBody({ sections: SECTIONS, words: WORDS });
  assert.ok(
    Math.abs(readingTime(articleTree(body, { lang: 'en' }), 'en').words - WORDS) < WORDS * 0.01,
    'the fixture is the size it claims',
  );
  project.write('content/articles/long.mdx', fixtureArticle({}, body));
  const build = project.build();
  assert.ok(build.ok, build.output);
  const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  const { headingIds, contentsHrefs, anchorHrefs, allIds } = pageStructure(html);
  assert.equal(headingIds.length, SECTIONS);
  assert.equal(new Set(allIds).size, allIds.length, 'ids are unique');
  assert.deepEqual(
    contentsHrefs,
    headingIds.map((id) => `#${id}`),
    'the contents lists every section',
  );
  assert.deepEqual(
    anchorHrefs,
    headingIds.map((id) => `#${id}`),
  );
  assert.deepEqual(await htmlProblems(html, 'long/index.html'), []);
  assert.deepEqual(await axeViolations(join(project.root, 'dist')), []);
});
