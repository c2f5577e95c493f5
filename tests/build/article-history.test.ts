/**
 * Where the site names its source (SITE.history in src/site.ts), the corrections and updates link
 * to every change to the article's file there: on the page and in every edition that carries
 * them. Where it names none, there is no such link.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fixtureArticle, TempProject } from './temp-project.ts';

const CORRECTED = fixtureArticle({
  corrections: 'corrections:\n  - date: 2024-02-01\n    text: An earlier version gave the wrong town.',
});
const HISTORY = 'https://github.com/a-writer/field-notes/commits/main/content/articles/field-notes.mdx';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

function built(history: string | undefined) {
  const project = new TempProject().write('content/articles/field-notes.mdx', CORRECTED);
  projects.push(project);
  if (history) {
    const site = join(project.root, 'src/site.ts');
    const source = readFileSync(site, 'utf8');
    // The field as the README tells a writer to set it.
    const edited = source.replace(/history: undefined,/, `history: '${history.replace('content/articles/field-notes.mdx', '{file}')}',`);
    assert.notEqual(edited, source, 'the field is where the README says');
    writeFileSync(site, edited);
  }
  const build = project.build();
  assert.ok(build.ok, build.output);
  const dist = join(project.root, 'dist');
  return {
    page: readFileSync(join(dist, 'index.html'), 'utf8'),
    feed: parseFeed(readFileSync(join(dist, 'feed.xml'), 'utf8')).items[0]!.content!,
    book: strFromU8(unzipSync(new Uint8Array(readFileSync(join(dist, 'field-notes.epub'))))['OEBPS/article.xhtml']!),
  };
}

test('with the source named, the page, the feed and the book link to the article file’s history', () => {
  const { page, feed, book } = built(HISTORY);
  const link = `<a href="${HISTORY}">Every change to this article, in its source</a>`;
  assert.ok(page.includes(link), 'the page');
  assert.ok(book.includes(link), 'the EPUB');
  assert.ok(feed.includes(link), feed.slice(-400));
});

test('with none named, no such link', () => {
  const { page } = built(undefined);
  assert.ok(page.includes('An earlier version gave the wrong town.'));
  assert.ok(!page.includes('Every change to this article'));
});
