/**
 * The article beyond its page: the EPUB (EPUBCheck's verdict, where it is installed), Reader
 * View (Mozilla's Readability, as Firefox runs it) and the Markdown edition, each carrying the
 * whole text. The feed: feed.spec.ts.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixture.ts';
import { letters, missingPieces } from './every-piece.ts';
import type { CheckedArticle } from './article.ts';

/** Where Debian and Ubuntu install EPUBCheck, or $EPUBCHECK_JAR. */
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/bin/epubcheck';

/** The EPUB the page links (its MIME type says which link it is), fetched as a reader's download. */
async function epub(page: Page, request: APIRequestContext) {
  await page.goto('');
  const href = await page.locator('a[type="application/epub+zip"]').getAttribute('href');
  expect(href, 'the page links its EPUB').toBeTruthy();
  const response = await request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  return { response, bytes: await response.body() };
}

/** The writer's headings a text lacks, compared by their letters. */
const missingHeadings = (text: string, { headings }: CheckedArticle) => headings.filter((h) => !letters(text).includes(letters(h)));

test.describe('EPUB', () => {
  test('EPUBCheck finds no error and no warning', async ({ page, request }) => {
    test.skip(
      !existsSync(EPUBCHECK),
      `EPUBCheck is not installed: "sudo apt-get install epubcheck" (Debian, Ubuntu), or set EPUBCHECK_JAR to its jar (https://www.w3.org/publishing/epubcheck/); it needs Java`,
    );
    const { bytes } = await epub(page, request);
    const dir = mkdtempSync(join(tmpdir(), 'epub-'));
    try {
      writeFileSync(join(dir, 'book.epub'), bytes);
      const run = spawnSync('java', ['-jar', EPUBCHECK, join(dir, 'book.epub')], { encoding: 'utf8' });
      const report = `${run.stdout}${run.stderr}`;
      expect(run.status, report).toBe(0);
      expect(report).toContain('No errors or warnings detected.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('served as application/epub+zip; its metadata names the article, its author, language and date, and its canonical URL', async ({
    page,
    request,
    article,
  }) => {
    const { response, bytes } = await epub(page, request);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    const opf = new JSDOM(strFromU8(unzipSync(new Uint8Array(bytes))['OEBPS/content.opf']!), { contentType: 'application/xml' }).window
      .document;
    const meta = (name: string) => opf.getElementsByTagName(name)[0]?.textContent;
    expect(meta('dc:identifier')).toBe(article.canonical);
    expect(meta('dc:title')).toBe(article.title);
    expect(meta('dc:creator')).toBe(article.author);
    expect(meta('dc:language')).toBe(article.lang);
    expect(meta('dc:date')).toBe(article.published);
  });

  test('the book holds the page’s contents as its navigation, the writer’s headings and every piece of the text, in order', async ({
    page,
    request,
    article,
  }) => {
    await page.goto('');
    const contents = await page
      .getByRole('navigation')
      .locator('a[href^="#"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    const files = unzipSync(new Uint8Array((await epub(page, request)).bytes));
    const doc = (name: string) => new JSDOM(strFromU8(files[`OEBPS/${name}`]!), { contentType: 'application/xhtml+xml' }).window.document;
    const nav = [...doc('nav.xhtml').querySelectorAll('nav[*|type="toc"] ol ol a')].map((a) => ({
      href: a.getAttribute('href')?.replace(/^[^#]*/, ''),
      text: a.textContent,
    }));
    expect(nav).toEqual(contents);
    const text = doc('article.xhtml').body.textContent!;
    expect(missingHeadings(text, article)).toEqual([]);
    expect(missingPieces(text, article.pieces, article.file)).toEqual([]);
  });
});

test.describe('Reader View (Readability)', () => {
  /** The page as Firefox's Reader View reads it. */
  async function readerView(request: APIRequestContext, { canonical }: CheckedArticle) {
    const doc = new JSDOM(await (await request.get('')).text(), { url: canonical }).window.document;
    return { readerable: isProbablyReaderable(doc), result: new Readability(doc).parse()! };
  }

  test('finds the article, with its title, author, date, language and summary', async ({ request, article }) => {
    const { readerable, result } = await readerView(request, article);
    expect(readerable).toBe(true);
    expect(result.title).toBe(article.title);
    expect(result.byline).toBe(article.author);
    expect(result.publishedTime).toBe(article.published);
    expect(result.lang).toBe(article.lang);
    expect(result.excerpt).toBe(article.description);
  });

  test('its text holds the writer’s headings and every piece of the text, in order', async ({ request, article }) => {
    const { result } = await readerView(request, article);
    const text = new JSDOM(result.content!).window.document.body.textContent!;
    // Readability drops a heading that repeats the title (its own rule, for the reader's sake).
    const repeatsTitle = (h: string) => letters(article.title).includes(letters(h));
    expect(missingHeadings(text, article).filter((h) => !repeatsTitle(h))).toEqual([]);
    expect(missingPieces(text, article.pieces, article.file)).toEqual([]);
  });
});

test.describe('Markdown', () => {
  test('linked from the page, served as text/markdown: a header naming the article, then its title, headings and every piece of the text', async ({
    page,
    request,
    article,
  }) => {
    await page.goto('');
    const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
    expect(href, 'the page links its Markdown edition').toBeTruthy();
    const response = await request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    const markdown = await response.text();
    const [, header, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown) ?? [];
    expect(header?.split('\n')).toEqual(
      expect.arrayContaining([
        `title: ${JSON.stringify(article.title)}`,
        `author: ${JSON.stringify(article.author)}`,
        `date: ${article.published}`,
        `url: ${article.canonical}`,
      ]),
    );
    expect(body?.startsWith(`# ${article.title}\n`)).toBe(true);
    const sections = body!
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    for (const heading of article.headings) expect(sections.map(letters)).toContain(letters(heading));
    expect(missingPieces(body!, article.pieces, article.file)).toEqual([]);
  });
});
