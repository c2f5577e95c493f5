import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationMeta, citationReference } from './citation-meta.ts';

const facts = {
  title: 'Notes From a Field Library',
  author: 'Test Author',
  published: new Date('2024-03-04'),
  lang: 'en',
  url: 'https://example.org/notes/',
  description: 'A long-form piece.',
  kind: 'web-page' as const,
};

test('Highwire tags as Google Scholar asks for them, and Dublin Core naming what the article is', () => {
  assert.deepEqual(citationMeta(facts), [
    { name: 'citation_title', content: 'Notes From a Field Library' },
    { name: 'citation_author', content: 'Test Author' },
    { name: 'citation_publication_date', content: '2024/03/04' },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_abstract', content: 'A long-form piece.' },
    { name: 'citation_public_url', content: 'https://example.org/notes/' },
    { name: 'DC.title', content: 'Notes From a Field Library' },
    { name: 'DC.creator', content: 'Test Author' },
    { name: 'DC.date', content: '2024-03-04' },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.description', content: 'A long-form piece.' },
    { name: 'DC.type', content: 'webpage' },
  ]);
  const type = (kind: 'blog-post' | 'news-article') => citationMeta({ ...facts, kind }).find((m) => m.name === 'DC.type')?.content;
  assert.equal(type('blog-post'), 'blogPost');
  assert.equal(type('news-article'), 'newspaperArticle');
  // Never a journal: nothing that would make a reference manager file it as one.
  assert.ok(!citationMeta(facts).some((m) => /journal|conference|dissertation|technical_report|book_title/.test(m.name)));
});

test('each cited work as one citation_reference, in Scholar’s form', () => {
  assert.equal(
    citationReference({
      id: 'ranganathan1957',
      type: 'article-journal',
      title: 'Library Manpower in Crisis',
      author: [{ family: 'Ranganathan', given: 'S. R.' }],
      issued: { 'date-parts': [[1957]] },
      'container-title': 'The Library Quarterly',
      volume: '27',
      issue: '3',
      page: '145-157',
      DOI: '10.1086/618272',
    }),
    'citation_title=Library Manpower in Crisis; citation_author=Ranganathan, S. R.; citation_publication_date=1957; citation_journal_title=The Library Quarterly; citation_volume=27; citation_issue=3; citation_firstpage=145; citation_lastpage=157; citation_doi=10.1086/618272',
  );
  assert.equal(
    citationReference({
      id: 'b',
      type: 'book',
      title: 'Library; An Unquiet History',
      author: [{ family: 'Battles', given: 'Matthew' }, { literal: 'The Library Group' }],
      issued: { 'date-parts': [[2003, 5, 1]] },
      publisher: 'W. W. Norton',
    }),
    'citation_title=Library, An Unquiet History; citation_author=Battles, Matthew; citation_author=The Library Group; citation_publication_date=2003/05/01; citation_publisher=W. W. Norton',
  );
  assert.equal(citationMeta({ ...facts, references: [{ id: 'x', title: 'X' }] }).filter((m) => m.name === 'citation_reference').length, 1);
});
