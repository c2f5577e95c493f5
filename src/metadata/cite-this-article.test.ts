import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import {
  bibtex,
  citationKey,
  citationParts,
  escapeBibtex,
  familyFirst,
  ris,
  shortCitation,
  styledCitation,
  type CitationSource,
} from './cite-this-article.ts';

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

/** The seed, as its frontmatter and its address give it. */
const seed: CitationSource = {
  ...source,
  url: 'https://example.github.io/pow-article/',
  lang: 'en',
  description:
    'Two Russian prisoners of war, interviewed by Kyiv Post, on why they fought, how they cope and what they think of their leaders.',
};

test('APA, as its manual sets a webpage on a website: author, day, title in italics, site, URL', () => {
  // APA 7, §10.16: "Author, A. A. (Year, Month Day). *Title of work*. Site Name. URL". The title
  // keeps the writer's capitals: APA's sentence case needs a judgement of proper nouns ("Russian").
  assert.deepEqual(styledCitation(seed, 'apa'), {
    html: 'Baghai, C. (2023, November 22). <i>What We Learned From Interviewing Russian POWs</i>. Long Form. https://example.github.io/pow-article/',
    text: 'Baghai, C. (2023, November 22). What We Learned From Interviewing Russian POWs. Long Form. https://example.github.io/pow-article/',
  });
  // A blog post (APA 7, §10.1): the post's title plain, the blog's in italics.
  assert.equal(
    styledCitation({ ...seed, kind: 'blog-post' }, 'apa').html,
    'Baghai, C. (2023, November 22). What We Learned From Interviewing Russian POWs. <i>Long Form</i>. https://example.github.io/pow-article/',
  );
});

test('MLA, as its handbook sets a work in a container: title in quotation marks, site in italics, day month year', () => {
  // MLA 9: Author. "Title of Source." *Title of Container*, Day Mon. Year, URL.
  assert.deepEqual(styledCitation(seed, 'mla'), {
    html: 'Baghai, Christian. \u201CWhat We Learned From Interviewing Russian POWs.\u201D <i>Long Form</i>, 22 Nov. 2023, https://example.github.io/pow-article/.',
    text: 'Baghai, Christian. \u201CWhat We Learned From Interviewing Russian POWs.\u201D Long Form, 22 Nov. 2023, https://example.github.io/pow-article/.',
  });
});

test('angle brackets in a title are the writer’s text, not citeproc’s markup: no element but the style’s italics', () => {
  const title = '<b>Bold</b> & <i>plain</i> <script>alert(1)</script>';
  for (const style of ['apa', 'mla'] as const) {
    const { html, text } = styledCitation({ ...seed, title }, style);
    const tree = fromHtml(html, { fragment: true });
    const elements: string[] = [];
    visit(tree, 'element', (e) => void elements.push(e.tagName));
    assert.deepEqual(elements, ['i'], style); // the site's or the title's italics, as each style sets them
    assert.equal(toString(tree), text, style); // the page shows what Copy gives
    assert.match(text, /<b>Bold<\/b> & <i>plain<\/i> <script>alert\(1\)<\/script>/i, style);
  }
});

test('RIS: one record of the kind, its tags as reference managers import them', () => {
  assert.equal(
    ris(seed),
    [
      'TY  - ELEC',
      'TI  - What We Learned From Interviewing Russian POWs',
      'AU  - Baghai, Christian',
      'PY  - 2023',
      'DA  - 2023/11/22/',
      'T2  - Long Form',
      'UR  - https://example.github.io/pow-article/',
      'LA  - en',
      'AB  - Two Russian prisoners of war, interviewed by Kyiv Post, on why they fought, how they cope and what they think of their leaders.',
      'ER  - ',
    ].join('\n'),
  );
  assert.match(ris({ ...seed, kind: 'blog-post' }), /^TY {2}- BLOG\n/);
  assert.match(ris({ ...seed, kind: 'news-article' }), /^TY {2}- NEWS\n/);
});

test('RIS read back by citation-js’s importer (the RIS specification’s reading) gives the same work', () => {
  const read = (kind: CitationSource['kind']) => new Cite(ris({ ...seed, kind })).data[0];
  for (const kind of ['web-page', 'blog-post'] as const) {
    const item = read(kind);
    assert.equal(item.title, seed.title);
    assert.deepEqual(item.author, [{ family: 'Baghai', given: 'Christian' }]);
    assert.deepEqual(item.issued['date-parts'], [[2023, 11, 22]]);
    assert.equal(item.URL, seed.url);
  }
  assert.equal(read('web-page').type, 'webpage');
  assert.equal(read('blog-post')['container-title'], 'Long Form');
  // In the specification a news item's AU is its reporter, and its date the year.
  const news = read('news-article');
  assert.equal(news.type, 'article-newspaper');
  assert.equal(news.reporter, 'Baghai, Christian');
  assert.equal(news['container-title'], 'Long Form');
});
