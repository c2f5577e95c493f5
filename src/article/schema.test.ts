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

test('corrections and updates: each a day not before publication and words; an empty text or an unknown key is named', () => {
  const entry = { date: '2024-03-12', text: 'An earlier version placed the interviews in Kharkiv; they were in the Donbas.' };
  assert.deepEqual(failures({ ...valid, corrections: [entry], updates: [{ date: '2024-04-02', text: 'Added the reply.' }] }), []);
  assert.deepEqual(failures({ ...valid, corrections: [{ ...entry, date: '2023-11-21' }] }), ['corrections.0.date']);
  assert.deepEqual(failures({ ...valid, updates: [entry, { date: '2024-04-02', text: '  ' }] }), ['updates.1.text']);
  assert.deepEqual(failures({ ...valid, corrections: [{ ...entry, when: '2024-03-12' }] }), ['corrections.0']);
  assert.deepEqual(failures({ ...valid, corrections: [{ text: 'No day.' }] }), ['corrections.0.date']);
});

test('what the article is, for reference managers: a web page unless it says a blog post or a news article', () => {
  assert.equal(articleSchema.parse(valid).kind, 'web-page');
  assert.equal(articleSchema.parse({ ...valid, kind: 'blog-post' }).kind, 'blog-post');
  assert.deepEqual(failures({ ...valid, kind: 'journal-article' }), ['kind']);
});

test('the author’s fediverse address is @name@server', () => {
  for (const ok of ['@writer@mastodon.social', '@anna_k@social.example.org'])
    assert.deepEqual(failures({ ...valid, author: { name: 'A', fediverse: ok } }), [], ok);
  for (const bad of ['writer@mastodon.social', '@writer', 'https://mastodon.social/@writer', '@writer@localhost'])
    assert.deepEqual(failures({ ...valid, author: { name: 'A', fediverse: bad } }), ['author.fediverse'], bad);
});
