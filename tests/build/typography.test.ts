/**
 * Typography comes from remark-smartypants at build time: straight quotes, double and triple
 * hyphens and three dots in the source become curly quotes, en and em dashes and an ellipsis in
 * the built prose. (The real article has none of these, so a fixture shows it.)
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { htmlProblems } from './page-checks.ts';

const project = new TempProject();
after(() => project.remove());

test('quotes, dashes and ellipses are typeset in the built prose', () => {
  const body = [
    `He said "we didn't choose this" -- then stopped.`,
    `The years 2014--2022 were long --- too long...`,
    `## The soldier's "view"`,
  ].join('\n\n');
  project.write('content/articles/typography.mdx', fixtureArticle({}, body));
  const build = project.build();
  assert.ok(build.ok, build.output);
  const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  const prose = /<div class="prose article-body">([\s\S]*?)<\/div>\s*<section class="cite/.exec(html)?.[1] ?? '';
  assert.match(prose, /<p>He said \u201Cwe didn\u2019t choose this\u201D \u2013 then stopped\.<\/p>/);
  assert.match(prose, /<p>The years 2014\u20132022 were long \u2014 too long\u2026<\/p>/);
  assert.match(prose, /The soldier\u2019s \u201Cview\u201D<\/h2>/);
  assert.doesNotMatch(
    prose.replace(/<[^>]*>/g, ''),
    /["']|--|\.\.\./,
    'no straight quote, double hyphen or three dots is left in the text',
  );
});

test('a GFM table is aligned by classes, inside a labelled scroll region, and the page stays valid', async () => {
  const table = new TempProject();
  try {
    table.write('content/articles/table.mdx', fixtureArticle({}, 'Figures:\n\n| Prisoner | Age |\n|:---|---:|\n| Alexei | 24 |\n'));
    const build = table.build();
    assert.ok(build.ok, build.output);
    const html = readFileSync(join(table.root, 'dist/index.html'), 'utf8');
    assert.match(html, /<section class="table-scroll" tabindex="0" aria-label="Table 1: Prisoner Age"><table>/);
    assert.match(html, /<td class="align-right">24<\/td>/);
    assert.doesNotMatch(html.slice(html.indexOf('<table>')), /\s(style|align)=/);
    assert.deepEqual(await htmlProblems(html, 'table/index.html'), []);
  } finally {
    table.remove();
  }
});
