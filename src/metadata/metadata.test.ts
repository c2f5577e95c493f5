import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, jsonForScript, ogLocale } from './metadata.ts';

test('og:locale has a territory, inferred for a bare language', () => {
  assert.equal(ogLocale('en'), 'en_US');
  assert.equal(ogLocale('en-GB'), 'en_GB');
  assert.equal(ogLocale('uk'), 'uk_UA');
});

test('JSON for a script element cannot close the element, and parses back unchanged', () => {
  const value = { headline: '</script><script>alert(1)</script> & <b>bold</b>\u2028' };
  const json = jsonForScript(value);
  assert.ok(!json.includes('<'), json);
  assert.ok(!json.includes('>'), json);
  assert.ok(!json.includes('&'), json); // nor start a character reference an HTML parser would read
  assert.deepEqual(JSON.parse(json), value);
});

const facts = {
  title: 'T',
  description: 'D',
  author: { name: 'A' },
  published: new Date('2023-11-22'),
  lang: 'en',
  url: 'https://example.org/',
  image: 'https://example.org/og.png',
  publisher: 'S',
  wordCount: 495,
  minutes: 3,
};

test('Article JSON-LD carries the word count and the read time as an ISO 8601 duration', () => {
  const ld = articleJsonLd(facts);
  assert.equal(ld.wordCount, 495);
  assert.equal(ld.timeRequired, 'PT3M');
});

test('Article JSON-LD: modified is the published day until the article is updated', () => {
  const ld = articleJsonLd(facts);
  assert.equal(ld.datePublished, '2023-11-22');
  assert.equal(ld.dateModified, '2023-11-22');
  assert.deepEqual(ld.author, { '@type': 'Person', name: 'A' });
  assert.equal(articleJsonLd({ ...facts, modified: new Date('2024-01-05') }).dateModified, '2024-01-05');
});

test('Article JSON-LD gives the author a url when the frontmatter has one', () => {
  const ld = articleJsonLd({ ...facts, author: { name: 'A', url: 'https://example.org/a' } });
  assert.deepEqual(ld.author, { '@type': 'Person', name: 'A', url: 'https://example.org/a' });
});

test('Article JSON-LD lists the works the article cites as citation, and has no citation when it cites none', () => {
  const ld = articleJsonLd({
    ...facts,
    references: [
      { id: 'b', type: 'book', title: 'Library' },
      { id: 'c', type: 'webpage', title: 'A page', URL: 'https://example.org/' },
    ],
  });
  assert.deepEqual(ld.citation, [
    { '@type': 'Book', name: 'Library' },
    { '@type': 'WebPage', name: 'A page', url: 'https://example.org/' },
  ]);
  assert.equal('citation' in articleJsonLd(facts), false);
  assert.equal('citation' in articleJsonLd({ ...facts, references: [] }), false);
});

test('Article JSON-LD says each correction as a CorrectionComment, and has none without corrections', () => {
  const ld = articleJsonLd({ ...facts, corrections: [{ date: new Date('2024-03-12'), text: 'They took place in the Donbas.' }] });
  assert.deepEqual(ld.correction, [{ '@type': 'CorrectionComment', text: 'They took place in the Donbas.', datePublished: '2024-03-12' }]);
  assert.equal('correction' in articleJsonLd(facts), false);
});

test('Article JSON-LD says what kind of article it is: an Article, a blog post or a news article', () => {
  assert.equal(articleJsonLd(facts)['@type'], 'Article');
  assert.equal(articleJsonLd({ ...facts, kind: 'blog-post' })['@type'], 'BlogPosting');
  assert.equal(articleJsonLd({ ...facts, kind: 'news-article' })['@type'], 'NewsArticle');
});
