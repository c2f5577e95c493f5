/**
 * The seed article's words are not ours to change: its body must be the source's six paragraphs,
 * word for word, with only our `##` section headings between them. Checked on its fixture copy
 * (tests/fixtures/seed-article), which the product's tests build; and on the live collection
 * whenever it holds the seed (by its slug). Another writer's article is never judged against it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleSchema } from '../../src/article/schema.ts';
import { articleSource } from '../article-source.ts';
import { readSeed } from '../seed.ts';
import { REAL_ARTICLES, SEED_ARTICLE, SEED_SLUG } from '../build/temp-project.ts';

const { frontmatter, body } = articleSource(dirname(SEED_ARTICLE));
const blocks = body.trim().split(/\n{2,}/);
const seed = readSeed();
const live = articleSource(REAL_ARTICLES);

test('the collection holds exactly one article', () => {
  assert.equal(live.files.length, 1, `found: ${live.files.join(', ')}`);
});

test('while the live article is the seed, it is the seed’s fixture copy, byte for byte', (t) => {
  if (live.files[0] !== `${SEED_SLUG}.mdx`)
    return t.skip(`content/articles holds another article (${live.files[0]}): the seed is checked on its fixture copy`);
  assert.equal(readFileSync(join(REAL_ARTICLES, live.files[0]!), 'utf8'), readFileSync(SEED_ARTICLE, 'utf8'));
});

test('the seed’s body is the source paragraphs, word for word and in order', () => {
  const paragraphs = blocks.filter((b) => !b.startsWith('#'));
  assert.deepEqual(paragraphs, seed.paragraphs);
});

test('the seed has 3 to 5 section headings, all level 2, none before the opening paragraph', () => {
  const headings = blocks.filter((b) => b.startsWith('#'));
  assert.ok(headings.length >= 3 && headings.length <= 5, `${headings.length} headings`);
  for (const h of headings) assert.match(h, /^## \S.{0,40}$/, `short ## heading: ${h}`);
  assert.ok(!blocks[0]!.startsWith('#'), 'the article opens with its first paragraph');
});

test('the seed’s frontmatter matches the source and passes the schema', () => {
  const data = articleSchema.parse(frontmatter);
  assert.equal(data.title, seed.title);
  assert.equal(data.author.name, seed.author);
  assert.equal(data.published.toISOString().slice(0, 10), seed.published);
  assert.equal(data.lang, 'en');
});
