/**
 * The article as a record: its corrections and updates where a reader and their tools meet
 * them (the byline, the section that ends the text, the contents, print, JSON-LD and Open Graph,
 * the feed item's dates, the Markdown edition, the EPUB, Reader View, Listen), on each of the
 * product's publications: the showcase (a correction and an update) and the Arabic article (a
 * correction) have them, the seed and the German article none. What is expected is written here
 * by hand from each fixture's frontmatter, in the words its reader reads.
 */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from './fixtures.ts';
import { fakeSpeech, listenToTheEnd, spoken } from './fake-speech.ts';
import { readPrinted } from '../article-check/printed-text.ts';
import { letters } from '../article-check/every-piece.ts';
import type { PublicationName } from './publication.ts';

interface Record {
  /** The byline's line: the latest correction or update. */
  byline: string;
  /** The section's heading, and each entry as it reads, oldest first. */
  heading: string;
  entries: string[];
  /** Each entry on paper, where it differs: a link's address follows its words. */
  printed?: string[];
  /** Each entry as the Markdown edition writes it. */
  markdown: string[];
  /** The last change, and the corrections as JSON-LD gives them. */
  modified: string;
  corrections: { text: string; datePublished: string }[];
}

const RECORDS: { [name in PublicationName]?: Record } = {
  showcase: {
    byline: 'Updated April 2, 2024',
    heading: 'Corrections and updates',
    entries: [
      'Correction, March 12, 2024: An earlier version of this article gave the library \u201Cfive shelves\u201D; the librarian\u2019s tally lists four.',
      'Update, April 2, 2024: Added the figure for loans in March, from the librarian\u2019s tally, received after publication.',
    ],
    printed: [
      'Correction, March 12, 2024: An earlier version of this article gave the library \u201Cfive shelves\u201D; the librarian\u2019s tally lists four.',
      'Update, April 2, 2024: Added the figure for loans in March, from the librarian\u2019s tally (https://example.org/tally), received after publication.',
    ],
    markdown: [
      '1. **Correction, March 12, 2024:** An earlier version of this article gave the library \u201Cfive shelves\u201D; the librarian\u2019s tally lists *four*.',
      '2. **Update, April 2, 2024:** Added the figure for loans in March, from the [librarian\u2019s tally](https://example.org/tally), received after publication.',
    ],
    modified: '2024-04-02',
    corrections: [
      {
        text: 'An earlier version of this article gave the library \u201Cfive shelves\u201D; the librarian\u2019s tally lists four.',
        datePublished: '2024-03-12',
      },
    ],
  },
  arabic: {
    byline: 'صُحّح في 5 نوفمبر 2024',
    heading: 'التصحيحات والتحديثات',
    entries: ['تصحيح، 5 نوفمبر 2024: ذكرت نسخة سابقة من هذا المقال أن المكتبة تتسع لعشرين قارئًا؛ والصحيح أنها تتسع لعشرة.'],
    markdown: ['1. **تصحيح، 5 نوفمبر 2024:** ذكرت نسخة سابقة من هذا المقال أن المكتبة تتسع لعشرين قارئًا؛ والصحيح أنها تتسع لعشرة.'],
    modified: '2024-11-05',
    corrections: [
      { text: 'ذكرت نسخة سابقة من هذا المقال أن المكتبة تتسع لعشرين قارئًا؛ والصحيح أنها تتسع لعشرة.', datePublished: '2024-11-05' },
    ],
  },
};

/** Words as a reader compares them: one space between them. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the byline says the latest correction or update and leads to them all; an article without any says nothing of them', async ({
  page,
  publication,
}) => {
  await page.goto('/');
  const record = RECORDS[publication.name];
  if (!record) {
    await expect(page.getByRole('heading', { name: /Corrections|Korrekturen/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^(Corrected|Updated|Korrigiert|Aktualisiert|صُحّح)/ })).toHaveCount(0);
    return;
  }
  const link = page.getByRole('link', { name: record.byline, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  const heading = page.getByRole('heading', { level: 2, name: record.heading, exact: true });
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute('id')}`);
  // A list named by its heading, as a screen reader announces it.
  expect((await page.getByRole('list', { name: record.heading }).getByRole('listitem').allTextContents()).map(plain)).toEqual(
    record.entries,
  );
  // The contents ends with the section, as the text does.
  await expect(page.getByRole('navigation').getByRole('link').last()).toHaveText(record.heading);
});

test('the page’s metadata dates its last change and says each correction', async ({ page, publication }) => {
  await page.goto('/');
  const record = RECORDS[publication.name];
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.dateModified).toBe(record?.modified ?? publication.updated ?? publication.published);
  expect(ld.correction).toEqual(record?.corrections.map((c) => ({ '@type': 'CorrectionComment', ...c })));
  if (record) await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', record.modified);
});

test.describe('where the page is not read', () => {
  test.skip(({ publicationName }) => !RECORDS[publicationName], 'an article with corrections or updates');

  test('on paper', async ({ page, publication }) => {
    await page.goto('/');
    const printed = await readPrinted(new Uint8Array(await page.pdf({ format: 'A4' })), { rtl: publication.lang === 'ar' });
    const record = RECORDS[publication.name]!;
    for (const entry of [record.heading, ...(record.printed ?? record.entries)]) expect(letters(printed.text)).toContain(letters(entry));
  });

  test('in the feed, whose item reads as changed and carries them', async ({ request, publication }) => {
    const record = RECORDS[publication.name]!;
    const xml = await (await request.get('/feed.xml')).text();
    expect(xml).toContain(`<dc:date>${record.modified}</dc:date>`);
    const content = new JSDOM(parseFeed(xml).items[0]!.content!).window.document.body.textContent!;
    for (const entry of [record.heading, ...record.entries]) expect(plain(content)).toContain(entry);
  });

  test('in the Markdown edition, a section of its own after the text', async ({ page, request, publication }) => {
    const record = RECORDS[publication.name]!;
    await page.goto('/');
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    const markdown = await (await request.get(href)).text();
    expect(markdown).toContain(`\nupdated: ${record.modified}\n`);
    expect(markdown.trimEnd().endsWith([`## ${record.heading}`, '', ...record.markdown].join('\n'))).toBe(true);
  });

  test('in the EPUB, at the end of the text and of its contents', async ({ page, request, publication }) => {
    const record = RECORDS[publication.name]!;
    await page.goto('/');
    const href = (await page.locator('a[download]').first().getAttribute('href'))!;
    const files = unzipSync(new Uint8Array(await (await request.get(href)).body()));
    const doc = (name: string) => new JSDOM(strFromU8(files[`OEBPS/${name}`]!), { contentType: 'application/xhtml+xml' }).window.document;
    const text = plain(doc('article.xhtml').body.textContent!);
    for (const entry of [record.heading, ...record.entries]) expect(text).toContain(entry);
    expect([...doc('nav.xhtml').querySelectorAll('nav[*|type="toc"] a')].at(-1)?.textContent).toBe(record.heading);
    expect(strFromU8(files['OEBPS/content.opf']!)).toContain(`<meta property="dcterms:modified">${record.modified}T00:00:00Z</meta>`);
  });

  test('in Reader View', async ({ request, publication }) => {
    const record = RECORDS[publication.name]!;
    const doc = new JSDOM(await (await request.get('/')).text(), { url: publication.canonical }).window.document;
    const text = plain(new JSDOM(new Readability(doc).parse()!.content!).window.document.body.textContent!);
    for (const entry of [record.heading, ...record.entries]) expect(text).toContain(entry);
  });

  test('aloud: Listen reads them last', async ({ page, publication }) => {
    const record = RECORDS[publication.name]!;
    await fakeSpeech(page, [{ lang: publication.lang, localService: true }]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: publication.words.listen, exact: true }).click();
    await listenToTheEnd(page, { name: publication.words.listen });
    expect((await spoken(page)).slice(-2).map(plain)).toEqual([record.heading, record.entries.join(' ')]);
  });
});
