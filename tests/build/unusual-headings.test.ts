/** Headings in other scripts, of punctuation alone, or repeated, still get usable ids, anchors and contents entries. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { htmlProblems, pageStructure } from './page-checks.ts';

// "Main" and "Article title" would slug to ids the layout uses (the skip link's target, the title).
const HEADINGS = [
  '## Что мы узнали',
  '## ???',
  '## —',
  '## Intro',
  '## Intro',
  '## 中文标题',
  '### «»',
  '## Σύνοψη & "quotes"',
  '## Main',
  '## Article title',
];

const project = new TempProject();
after(() => project.remove());

test('every heading gets a unique, non-empty id, an anchor to it, and a contents entry', async () => {
  const body = HEADINGS.map((h, i) => `${h}\n\nParagraph ${i + 1}.`).join('\n\n');
  project.write('content/articles/unusual.mdx', fixtureArticle({}, body));
  const build = project.build();
  assert.ok(build.ok, build.output);
  const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  const { headingIds, contentsHrefs, anchorHrefs, allIds } = pageStructure(html);

  assert.equal(headingIds.length, HEADINGS.length);
  for (const id of headingIds) assert.match(id, /[\p{L}\p{N}]/u, `id "${id}" has a letter or digit`);
  assert.equal(new Set(allIds).size, allIds.length, `ids are unique: ${allIds.join(' ')}`);
  assert.ok(headingIds.includes('что-мы-узнали'));
  assert.ok(headingIds.includes('中文标题'));
  assert.ok(headingIds.includes('main-1') && headingIds.includes('article-title-1'), headingIds.join(' '));
  assert.match(html, /<main id="main"/, 'the skip link still lands on <main>');
  assert.deepEqual(
    anchorHrefs,
    headingIds.map((id) => `#${id}`),
  );
  assert.deepEqual(
    contentsHrefs.map(decodeURIComponent),
    headingIds.map((id) => `#${id}`),
  );
  assert.deepEqual(await htmlProblems(html, 'unusual/index.html'), []);
});
