/**
 * The model of Zotero's Embedded Metadata translator (zotero-rules.ts) against what the
 * translator does, by its source and its own test cases, on pages made for each rule: a page
 * with Open Graph alone is a web page; a bare `citation_title` makes it a journal article (the
 * translator's fallback); a Dublin Core type naming one of Zotero's types settles it; a Highwire
 * journal title settles it whatever Dublin Core says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zoteroItem } from './zotero-rules.ts';

const page = (meta: string) =>
  `<!doctype html><html lang="en"><head><title>A title · A site</title>
  <link rel="canonical" href="https://example.org/a/">
  <meta name="description" content="The description.">
  <meta name="author" content="Ann Writer">
  <meta property="og:type" content="article"><meta property="og:title" content="A title">
  <meta property="og:site_name" content="A site"><meta property="og:description" content="The description.">
  ${meta}</head><body><time datetime="2024-03-04">March 4</time></body></html>`;

test('Open Graph alone: a web page of the site, its fields from the page', () => {
  assert.deepEqual(zoteroItem(page(''), 'https://example.org/a/'), {
    itemType: 'webpage',
    title: 'A title',
    creators: [{ firstName: 'Ann', lastName: 'Writer' }],
    date: '2024-03-04',
    url: 'https://example.org/a/',
    language: 'en',
    abstractNote: 'The description.',
    publicationTitle: 'A site',
  });
});

test('a bare citation_title makes a journal article, with no site', () => {
  const item = zoteroItem(page('<meta name="citation_title" content="A title">'), 'https://example.org/a/');
  assert.equal(item.itemType, 'journalArticle');
  assert.equal(item.publicationTitle, undefined);
});

test('a Dublin Core type naming a Zotero type settles it over the guess, and keeps the site', () => {
  for (const type of ['webpage', 'blogPost', 'newspaperArticle']) {
    const item = zoteroItem(
      page(`<meta name="citation_title" content="A title"><meta name="DC.type" content="${type}">`),
      'https://example.org/a/',
    );
    assert.equal(item.itemType, type);
    assert.equal(item.publicationTitle, 'A site');
  }
  // The eprints word for a news item too; DCMI's broad "Text" is only a guess, below the journal article.
  assert.equal(
    zoteroItem(page('<meta name="citation_title" content="T"><meta name="DC.type" content="newsitem">'), 'https://e.org/').itemType,
    'newspaperArticle',
  );
  assert.equal(
    zoteroItem(page('<meta name="citation_title" content="T"><meta name="DC.type" content="Text">'), 'https://e.org/').itemType,
    'journalArticle',
  );
});

test('a Highwire journal title settles the type whatever Dublin Core says; Highwire fields come first', () => {
  const item = zoteroItem(
    page(
      '<meta name="citation_journal_title" content="A Journal"><meta name="DC.type" content="webpage"><meta name="citation_title" content="Its title"><meta name="citation_author" content="Baghai, Christian"><meta name="citation_publication_date" content="2023/11/22">',
    ),
    'https://example.org/a/',
  );
  assert.equal(item.itemType, 'journalArticle');
  assert.equal(item.title, 'Its title');
  assert.deepEqual(item.creators, [{ firstName: 'Christian', lastName: 'Baghai' }]);
  assert.equal(item.date, '2023/11/22');
});

test('no metadata at all: a WordPress generator says blog post; nothing says nothing', () => {
  const bare = (head: string) => `<!doctype html><html><head><title>T</title>${head}</head><body></body></html>`;
  assert.equal(zoteroItem(bare('<meta name="generator" content="WordPress 6.5">'), 'https://e.org/').itemType, 'blogPost');
  assert.equal(zoteroItem(bare(''), 'https://e.org/').itemType, false);
});
