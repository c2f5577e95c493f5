/** The collection must hold exactly one article; fixtures are temporary copies. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { WORDS_PER_MINUTE } from '../../src/article/reading-time.ts';
import ogs from 'open-graph-scraper';

const projects: TempProject[] = [];
const project = () => {
  const p = new TempProject();
  projects.push(p);
  return p;
};
after(() => projects.forEach((p) => p.remove()));

test('two articles fail the build, naming both files', () => {
  const p = project().addSeedArticle('first.mdx').addSeedArticle('second.mdx');
  const { ok, output } = p.build();
  assert.equal(ok, false, 'the build should fail');
  assert.match(output, /content\/articles must hold exactly one article \(\.mdx\); found 2: /);
  assert.match(output, /content\/articles\/first\.mdx, content\/articles\/second\.mdx/);
});

test('an empty collection fails the build, saying none was found', () => {
  const { ok, output } = project().build();
  assert.equal(ok, false, 'the build should fail');
  assert.match(output, /content\/articles must hold exactly one article \(\.mdx\); found none\./);
});

test('one article builds: read time from its words, updated date, author link, and their metadata', async () => {
  const p = project();
  const words = 1000;
  p.write(
    'content/articles/long.mdx',
    fixtureArticle(
      {
        title: 'title: A longer fixture',
        author: 'author:\n  name: Test Author\n  url: https://example.org/authors/test',
        published: 'published: 2024-02-29',
        updated: 'updated: 2024-03-10',
      },
      'word '.repeat(words).trim(),
    ),
  );
  const { ok, output } = p.build();
  assert.equal(ok, true, output);
  const html = readFileSync(join(p.root, 'dist/index.html'), 'utf8');
  // The read time follows the words: 1,000 words, at the documented speed, rounded up.
  assert.match(html, new RegExp(`>${Math.ceil(words / WORDS_PER_MINUTE)} min read<`));
  assert.match(html, /<time datetime="2024-02-29">February 29, 2024<\/time>/);
  assert.match(html, /Updated <time datetime="2024-03-10">March 10, 2024<\/time>/);
  // The name isolated in <bdi>, so a name of the other direction keeps its order beside "By".
  assert.match(html, /<a href="https:\/\/example.org\/authors\/test" rel="author"><bdi>Test Author<\/bdi><\/a>/);
  const { result } = await ogs({ html });
  assert.equal(result.articlePublishedTime, '2024-02-29');
  assert.equal(result.articleModifiedTime, '2024-03-10');
  assert.equal(result.articleAuthor, 'https://example.org/authors/test');
  const ld = result.jsonLD?.[0] as { dateModified: string; author: unknown };
  assert.equal(ld.dateModified, '2024-03-10');
  assert.deepEqual(ld.author, { '@type': 'Person', name: 'Test Author', url: 'https://example.org/authors/test' });
});
