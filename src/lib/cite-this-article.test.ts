import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bibtex, citationKey, citationParts, escapeBibtex, familyFirst, shortCitation, type CitationSource } from './cite-this-article.ts';

const source: CitationSource = {
  title: 'What We Learned From Interviewing Russian POWs',
  author: 'Christian Baghai',
  siteName: 'Long Form',
  published: new Date('2023-11-22'),
  publishedText: 'November 22, 2023',
  url: 'https://example.org/',
};

test('the short form names author, title, site, date and URL', () => {
  assert.equal(
    shortCitation(source),
    'Christian Baghai, \u201CWhat We Learned From Interviewing Russian POWs,\u201D Long Form, November 22, 2023, https://example.org/.',
  );
});

test('names are written family name first', () => {
  assert.equal(familyFirst('Christian Baghai'), 'Baghai, Christian');
  assert.equal(familyFirst('Mary Ann Evans'), 'Evans, Mary Ann');
  assert.equal(familyFirst('Homer'), 'Homer');
});

test('the BibTeX entry is a complete @misc record', () => {
  assert.equal(
    bibtex(source),
    [
      '@misc{baghai2023what,',
      '  author = {Baghai, Christian},',
      '  title = {{What We Learned From Interviewing Russian POWs}},',
      '  howpublished = {Long Form},',
      '  year = {2023},',
      '  month = nov,',
      '  url = {https://example.org/},',
      '}',
    ].join('\n'),
  );
});

test('the key is ASCII whatever the letters', () => {
  assert.equal(citationKey({ ...source, author: 'José Núñez', title: 'Über den Krieg' }), 'nunez2023uber');
  // A name in another script is transliterated, never the anonymous "anon".
  assert.equal(citationKey({ ...source, author: 'Олена Коваль', title: 'Бібліотека біля фронту' }), 'koval2023biblioteka');
  const arabic = citationKey({ ...source, author: 'ليلى حداد', title: 'مكتبة الحرب' });
  assert.match(arabic, /^[a-z]+2023[a-z]+$/);
  assert.ok(!arabic.startsWith('anon'), arabic);
  assert.equal(citationKey({ ...source, author: 'Søren Ørsted', title: 'A note' }), 'orsted2023note');
});

test('BibTeX special characters in a title are escaped, so braces stay balanced', () => {
  assert.equal(
    escapeBibtex('50% of {x} & $y_1 #2 ~ ^ \\'),
    '50\\% of \\{x\\} \\& \\$y\\_1 \\#2 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
  );
  const entry = bibtex({ ...source, title: 'A } B { C' });
  const depth = [...entry.replace(/\\[{}]/g, '')].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
  assert.equal(depth, 0);
});

test('the short citation takes another language’s form: its marks and its punctuation', () => {
  const source = {
    title: 'Die Logbücher der Fähre',
    author: 'Jonas Winter',
    siteName: 'Site',
    published: new Date('2024-10-03'),
    publishedText: '3. Oktober 2024',
    url: 'https://example.org/',
  };
  assert.equal(
    shortCitation(source, '{author}: „{title}“, {site}, {date}, {url}.'),
    'Jonas Winter: „Die Logbücher der Fähre“, Site, 3. Oktober 2024, https://example.org/.',
  );
});

test('the short citation’s parts: the template’s words and each value apart, for the page to isolate; together, the short citation', () => {
  const source = {
    title: 'دفتر',
    author: 'ليلى حداد',
    siteName: 'Long Form',
    published: new Date('2024-10-03'),
    publishedText: '3 أكتوبر 2024',
    url: 'https://example.org/',
  };
  const parts = citationParts(source, '{author}، «{title}»، {site}، {date}، {url}.');
  assert.deepEqual(
    parts.filter((p) => p.value).map((p) => p.text),
    ['ليلى حداد', 'دفتر', 'Long Form', '3 أكتوبر 2024', 'https://example.org/'],
  );
  assert.equal(parts.map((p) => p.text).join(''), 'ليلى حداد، «دفتر»، Long Form، 3 أكتوبر 2024، https://example.org/.');
});
