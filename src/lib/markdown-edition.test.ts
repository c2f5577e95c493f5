import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleMarkdown } from './markdown-edition.ts';

const article = {
  title: 'A "quoted" title',
  author: 'Christian Baghai',
  published: new Date('2023-11-22'),
  lang: 'en',
  url: 'https://user.github.io/pow-article/',
  body: `He said "we didn't" -- then stopped.\n\n## The interviews\n\nSee [the notes](#notes) and [the feed](feed.xml).`,
};

test('a YAML header with title, author, date, canonical URL and language, then the title', () => {
  const md = articleMarkdown(article);
  assert.ok(md.startsWith('---\ntitle: "A \\"quoted\\" title"\nauthor: "Christian Baghai"\ndate: 2023-11-22\nurl: https://user.github.io/pow-article/\nlang: en\n---\n\n# A "quoted" title\n\n'), md);
  assert.match(articleMarkdown({ ...article, updated: new Date('2024-01-05') }), /\ndate: 2023-11-22\nupdated: 2024-01-05\n/);
});

test('the body keeps its headings, gets the page’s typography, and absolute links', () => {
  const md = articleMarkdown(article);
  assert.match(md, /He said \u201Cwe didn\u2019t\u201D \u2013 then stopped\./);
  assert.match(md, /\n## The interviews\n/);
  assert.match(md, /\[the notes\]\(https:\/\/user\.github\.io\/pow-article\/#notes\)/);
  assert.match(md, /\[the feed\]\(https:\/\/user\.github\.io\/pow-article\/feed\.xml\)/);
});
