import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyArticle } from './only-article.ts';

test('one entry is the article', () => {
  const entry = { id: 'a', filePath: 'content/articles/a.mdx' };
  assert.equal(onlyArticle([entry], 'content/articles'), entry);
});

test('no entry stops the build, saying none was found', () => {
  assert.throws(() => onlyArticle([], 'content/articles'), {
    message: 'content/articles must hold exactly one article (.mdx); found none.',
  });
});

test('two entries stop the build, listing both files', () => {
  const entries = [
    { id: 'b', filePath: 'content/articles/b.mdx' },
    { id: 'a', filePath: 'content/articles/a.mdx' },
  ];
  assert.throws(() => onlyArticle(entries, 'content/articles'), {
    message: 'content/articles must hold exactly one article (.mdx); found 2: content/articles/a.mdx, content/articles/b.mdx.',
  });
});
