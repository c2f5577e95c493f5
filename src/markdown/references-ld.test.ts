import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creativeWork } from './references-ld.ts';

test('a book is a schema.org Book with its authors, year and publisher', () => {
  assert.deepEqual(
    creativeWork({
      id: 'b',
      type: 'book',
      title: 'Library',
      author: [{ given: 'Matthew', family: 'Battles' }],
      issued: { 'date-parts': [[2003]] },
      publisher: 'W. W. Norton',
    }),
    {
      '@type': 'Book',
      name: 'Library',
      author: [{ '@type': 'Person', name: 'Matthew Battles' }],
      datePublished: '2003',
      publisher: { '@type': 'Organization', name: 'W. W. Norton' },
    },
  );
});

test('a journal article is a ScholarlyArticle in its journal, found by its DOI; a full date is a day', () => {
  const work = creativeWork({
    id: 'a',
    type: 'article-journal',
    title: 'Loans',
    author: [{ literal: 'The Library Board' }],
    issued: { 'date-parts': [[1957, 3, 4]] },
    'container-title': 'The Library Quarterly',
    DOI: '10.1086/618272',
    URL: 'https://example.org/loans',
  });
  assert.equal(work['@type'], 'ScholarlyArticle');
  assert.deepEqual(work.author, [{ '@type': 'Person', name: 'The Library Board' }]);
  assert.equal(work.datePublished, '1957-03-04');
  assert.deepEqual(work.isPartOf, { '@type': 'CreativeWork', name: 'The Library Quarterly' });
  assert.equal(work.url, 'https://doi.org/10.1086/618272');
  assert.equal(work.sameAs, 'https://example.org/loans');
});

test('a kind schema.org has no word for is a CreativeWork, with what is known of it', () => {
  assert.deepEqual(creativeWork({ id: 'x', type: 'interview', title: 'Notes' }), { '@type': 'CreativeWork', name: 'Notes' });
});
