/**
 * The article's words are not ours to change: its body must be the source's six paragraphs,
 * word for word, with only our `##` section headings between them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { articleSource } from '../article-source.ts';
import { readSeed } from '../seed.ts';

const { files, frontmatter, body } = articleSource();
const blocks = body.trim().split(/\n{2,}/);
const seed = readSeed();

test('the collection holds exactly one article', () => {
  assert.equal(files.length, 1, `found: ${files.join(', ')}`);
});

test('the body is the source paragraphs, word for word and in order', () => {
  const paragraphs = blocks.filter((b) => !b.startsWith('#'));
  assert.deepEqual(paragraphs, seed.paragraphs);
});

test('3 to 5 section headings, all level 2, none before the opening paragraph', () => {
  const headings = blocks.filter((b) => b.startsWith('#'));
  assert.ok(headings.length >= 3 && headings.length <= 5, `${headings.length} headings`);
  for (const h of headings) assert.match(h, /^## \S.{0,40}$/, `short ## heading: ${h}`);
  assert.ok(!blocks[0]!.startsWith('#'), 'the article opens with its first paragraph');
});

test('the frontmatter matches the source and passes the schema', () => {
  const data = articleSchema.parse(frontmatter);
  assert.equal(data.title, seed.title);
  assert.equal(data.author.name, seed.author);
  assert.equal(data.published.toISOString().slice(0, 10), seed.published);
  assert.equal(data.lang, 'en');
});
