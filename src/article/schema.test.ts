/** The frontmatter rules the README states, checked on the schema itself (the build tests check the messages). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSchema, DESCRIPTION_LENGTH } from './schema.ts';

const valid = {
  title: 'A title',
  description: 'A description long enough to say something about the article.',
  author: { name: 'Christian Baghai' },
  published: '2023-11-22',
};

/** The paths of the fields a frontmatter fails on, e.g. ["author.name"]. */
function failures(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

test('a valid frontmatter passes, and lang defaults to "en"', () => {
  const result = articleSchema.parse(valid);
  assert.equal(result.lang, 'en');
  assert.equal(result.published.toISOString(), '2023-11-22T00:00:00.000Z');
});

test('the description is 50 to 160 characters', () => {
  assert.equal(DESCRIPTION_LENGTH.min, 50);
  assert.deepEqual(failures({ ...valid, description: 'x'.repeat(49) }), ['description']);
  assert.deepEqual(failures({ ...valid, description: 'x'.repeat(50) }), []);
  assert.deepEqual(failures({ ...valid, description: 'x'.repeat(160) }), []);
  assert.deepEqual(failures({ ...valid, description: 'x'.repeat(161) }), ['description']);
});

test('the author needs a name that is not empty; a url must be a URL', () => {
  assert.deepEqual(failures({ ...valid, author: { name: '' } }), ['author.name']);
  assert.deepEqual(failures({ ...valid, author: { name: '   ' } }), ['author.name']);
  assert.deepEqual(failures({ ...valid, author: { name: 'A', url: 'not a url' } }), ['author.url']);
  assert.deepEqual(failures({ ...valid, author: { name: 'A', url: 'https://example.org/a' } }), []);
});

test('lang is a BCP 47 tag', () => {
  for (const lang of ['en', 'en-GB', 'uk', 'zh-Hant']) assert.deepEqual(failures({ ...valid, lang }), [], lang);
  for (const lang of ['English', 'EN', 'en_GB', '']) assert.deepEqual(failures({ ...valid, lang }), ['lang'], lang);
});

test('updated may not precede published; unknown fields are refused', () => {
  assert.deepEqual(failures({ ...valid, updated: '2023-11-21' }), ['updated']);
  assert.deepEqual(failures({ ...valid, updated: '2023-11-22' }), []);
  assert.deepEqual(failures({ ...valid, pubdate: '2023-11-22' }), ['']);
});

test('a lead image needs its alt text; alt text or credit without an image is a slip', () => {
  assert.deepEqual(failures({ ...valid, image: './lead.jpg', imageAlt: 'A road in the Donbas', imageCredit: 'Photo: A. N. Other' }), []);
  assert.deepEqual(failures({ ...valid, image: './lead.jpg' }), ['imageAlt']);
  assert.deepEqual(failures({ ...valid, image: './lead.jpg', imageAlt: '  ' }), ['imageAlt']);
  assert.deepEqual(failures({ ...valid, imageAlt: 'A road' }), ['image']);
});

test('a bibliography is a BibTeX file beside the article; a citation style is a bundled one or a .csl file, and needs a bibliography', () => {
  assert.deepEqual(failures({ ...valid, bibliography: './references.bib' }), []);
  assert.deepEqual(failures({ ...valid, bibliography: 'references.bib' }), ['bibliography']);
  assert.deepEqual(failures({ ...valid, bibliography: './references.json' }), ['bibliography']);
  assert.deepEqual(failures({ ...valid, bibliography: './references.bib', csl: 'apa' }), []);
  assert.deepEqual(failures({ ...valid, bibliography: './references.bib', csl: './house.csl' }), []);
  assert.deepEqual(failures({ ...valid, bibliography: './references.bib', csl: 'turabian' }), ['csl']);
  assert.deepEqual(failures({ ...valid, csl: 'apa' }), ['csl']);
});
