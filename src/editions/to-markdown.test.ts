import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleMarkdown, type MarkdownArticle } from './to-markdown.ts';
import { articleTree } from '../article/tree.ts';
import { pictureSources } from '../article/picture-sources.ts';
import { noticesMarkdown } from '../article/notices.ts';

/** The Markdown edition of an article given by its body: through its article tree, as the build makes it. */
const markdownOf = ({ body, ...a }: Omit<MarkdownArticle, 'tree'> & { body: string }) =>
  articleMarkdown({ ...a, tree: articleTree(body, { lang: a.lang }) });

const article = {
  title: 'A "quoted" title',
  author: 'Christian Baghai',
  published: new Date('2023-11-22'),
  lang: 'en',
  url: 'https://user.github.io/pow-article/',
  body: `He said "we didn't" -- then stopped.\n\n## The interviews\n\nSee [the notes](#notes) and [the feed](feed.xml).`,
};

test('a YAML header with title, author, date, canonical URL and language, then the title', () => {
  const md = markdownOf(article);
  assert.ok(
    md.startsWith(
      '---\ntitle: "A \\"quoted\\" title"\nauthor: "Christian Baghai"\ndate: 2023-11-22\nurl: https://user.github.io/pow-article/\nlang: en\n---\n\n# A "quoted" title\n\n',
    ),
    md,
  );
  assert.match(markdownOf({ ...article, updated: new Date('2024-01-05') }), /\ndate: 2023-11-22\nupdated: 2024-01-05\n/);
});

test('the body keeps its headings, gets the page’s typography, and absolute links', () => {
  const md = markdownOf(article);
  assert.match(md, /He said \u201Cwe didn\u2019t\u201D \u2013 then stopped\./);
  assert.match(md, /\n## The interviews\n/);
  assert.match(md, /\[the notes\]\(https:\/\/user\.github\.io\/pow-article\/#notes\)/);
  assert.match(md, /\[the feed\]\(https:\/\/user\.github\.io\/pow-article\/feed\.xml\)/);
});

const toolkit = `import Chart from './chart.astro';

Said.[^1]

| Shelf | Volumes |
|:---|---:|
| 1 | 412 |

![A road](./road.jpg)

<Figure src="./map.png" alt="A map" credit="Drawing: the author" width="wide">
The basement, as drawn.
</Figure>

<Figure src="./rule.png" decorative />

<Quote by="A volunteer" source="Notes, 2024">
People don't come for escape.
</Quote>

<PullQuote>People don't come for escape.</PullQuote>

<Aside>Loans, not readers.</Aside>

[^1]: Visits in 2023.
`;

test('the toolkit becomes plain Markdown: pictures at the site’s files, quotes with their attribution, notes and tables as GFM', () => {
  const md = markdownOf({
    ...article,
    body: toolkit,
    images: { './road.jpg': 'https://x.test/_astro/road.jpg', './map.png': 'https://x.test/_astro/map.png' },
  });
  assert.doesNotMatch(md, /import |<Figure|<Quote|<PullQuote|<Aside|rule\.png/);
  assert.match(md, /Said\.\[\^1\]/);
  assert.match(md, /\n\[\^1\]: Visits in 2023\.\n/);
  assert.match(md, /\| :-+ \| -+: \|/);
  assert.match(md, /!\[A road\]\(https:\/\/x\.test\/_astro\/road\.jpg\)/);
  assert.match(md, /!\[A map\]\(https:\/\/x\.test\/_astro\/map\.png\)\n\nThe basement, as drawn\.\n\n\*Drawing: the author\*/);
  assert.match(md, /> People don\u2019t come for escape\.\n>\n> \u2014 A volunteer, \*Notes, 2024\*/);
  assert.equal(md.split('come for escape').length, 2, 'the pull quote goes');
  assert.match(md, /> Loans, not readers\./);
});

test('the body’s pictures are found by their sources, decorative and remote ones apart', () => {
  assert.deepEqual(pictureSources(articleTree(toolkit, { lang: 'en' })), ['./road.jpg', './map.png']);
  assert.deepEqual(pictureSources(articleTree('![x](https://example.com/a.jpg)', { lang: 'en' })), []);
});

test('the lead image comes under the title, with its credit as written, as the page shows it', () => {
  const lead = { url: 'https://x.test/_astro/hills.jpg', alt: 'Hills [at dusk]', credit: "Photo: the author's" };
  const md = markdownOf({ ...article, body: 'First paragraph.', lead });
  assert.match(
    md,
    /\n# [^\n]+\n\n!\[Hills \\\[at dusk\\]\]\(https:\/\/x\.test\/_astro\/hills\.jpg\)\n\n\*Photo: the author's\*\n\nFirst paragraph\.\n$/,
  );
  assert.doesNotMatch(markdownOf({ ...article, body: 'First paragraph.' }), /!\[/);
  assert.doesNotMatch(markdownOf({ ...article, body: 'First.', lead: { ...lead, credit: undefined } }), /\*Photo/);
});

test('a right-to-left article’s Markdown says so in its header (dir: rtl, as Pandoc reads it); a left-to-right one’s says nothing of direction', () => {
  assert.match(markdownOf({ ...article, lang: 'ar', body: 'نص.' }), /\nlang: ar\ndir: rtl\n/);
  assert.doesNotMatch(markdownOf(article), /\ndir:/);
});

test('the corrections and updates end the edition, as the page ends its text, each lead in bold and its link absolute', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const notices = noticesMarkdown(
    [
      { kind: 'correction', date: day('2024-03-12'), text: 'It was "the Donbas", not *Kharkiv*.' },
      { kind: 'update', date: day('2024-04-02'), text: 'Added [the reply](reply.html).' },
    ],
    'en',
  );
  assert.ok(
    markdownOf({ ...article, notices }).endsWith(
      [
        '## Corrections and updates',
        '',
        '1. **Correction, March 12, 2024:** It was “the Donbas”, not *Kharkiv*.',
        '2. **Update, April 2, 2024:** Added [the reply](https://user.github.io/pow-article/reply.html).',
        '',
      ].join('\n'),
    ),
  );
  const french = markdownOf({
    ...article,
    lang: 'fr',
    notices: noticesMarkdown([{ kind: 'update', date: day('2024-04-02'), text: 'Ajout.' }], 'fr'),
  });
  // French sets a no-break space before a colon.
  assert.equal(
    french.slice(french.indexOf('## Corrections')),
    '## Corrections et mises à jour\n\n1. **Mise à jour, 2 avril 2024\u00A0:** Ajout.\n',
  );
});
