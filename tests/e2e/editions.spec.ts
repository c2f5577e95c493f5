/** Editions beyond the page: the EPUB (checked by EPUBCheck), Reader View (Mozilla's Readability), and Markdown. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readSeed } from '../seed.ts';
import { plainTypography } from './typography.ts';
import { articleSource } from '../article-source.ts';
import { siteAddress } from '../../src/lib/canonical.ts';
import { epubCheck, epubCheckMissing } from './epubcheck.ts';

const seed = readSeed();
const { frontmatter } = articleSource();
const canonical = siteAddress().url;

/** The page's section headings, as the reader sees them. */
async function sections(page: Page) {
  await page.goto('/');
  return page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent! })));
}

async function epub(page: Page, request: APIRequestContext) {
  await page.goto('/');
  const link = page.getByRole('link', { name: /^Download EPUB/ });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  return { link, response, bytes: await response.body() };
}

test.describe('EPUB', () => {
  test('the page links it as "Download EPUB" with its true size, served as application/epub+zip', async ({ page, request }) => {
    const { link, response, bytes } = await epub(page, request);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveText(`Download EPUB (${Math.ceil(bytes.length / 1000)} kB)`);
    expect(bytes.length).toBeLessThan(80_000);
  });

  test('EPUBCheck finds no error and no warning', async ({ page, request }) => {
    test.skip(epubCheckMissing(), 'EPUBCheck is not installed (Debian: apt-get install epubcheck)');
    const { status, report } = epubCheck((await epub(page, request)).bytes);
    expect(status, report).toBe(0);
    expect(report).toContain('No errors or warnings detected.');
  });

  test('mimetype comes first, stored; the metadata names the article by its canonical URL', async ({ page, request }) => {
    const { bytes } = await epub(page, request);
    // The first local file header: name "mimetype", compression method 0 (stored), then its content.
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
    const files = unzipSync(new Uint8Array(bytes));
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain(`<dc:identifier id="uid">${canonical}</dc:identifier>`);
    expect(opf).toContain(`<dc:source>${canonical}</dc:source>`);
    expect(opf).toContain(`<dc:title>${seed.title}</dc:title>`);
    expect(opf).toContain(`<dc:creator>${seed.author}</dc:creator>`);
    expect(opf).toContain(`<dc:language>${frontmatter.lang ?? 'en'}</dc:language>`);
    expect(opf).toContain(`<dc:date>${seed.published}</dc:date>`);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/);
    expect(opf).toMatch(/properties="cover-image"/);
  });

  test('the book holds a title page, the sections in its navigation, and the article’s every paragraph and heading', async ({ page, request }) => {
    const headings = await sections(page);
    const files = unzipSync(new Uint8Array((await epub(page, request)).bytes));
    const doc = (name: string) => new JSDOM(strFromU8(files[`OEBPS/${name}`]!), { contentType: 'application/xhtml+xml' }).window.document;
    const title = doc('title.xhtml');
    expect(title.querySelector('h1')?.textContent).toBe(seed.title);
    expect(title.body.textContent).toContain(seed.author);
    expect(title.body.textContent).toContain('November 22, 2023');
    const nav = [...doc('nav.xhtml').querySelectorAll('nav#toc ol ol a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
    expect(nav).toEqual(headings.map((h) => ({ href: `article.xhtml#${h.id}`, text: h.text })));
    const article = doc('article.xhtml');
    expect([...article.querySelectorAll('p')].map((p) => plainTypography(p.textContent!))).toEqual(seed.paragraphs.map(plainTypography));
    expect([...article.querySelectorAll('h2')].map((h) => ({ id: h.id, text: h.textContent }))).toEqual(headings);
    // The reader's device chooses font and size: the stylesheet sets neither.
    expect(strFromU8(files['OEBPS/style.css']!)).not.toMatch(/font-family|font-size:\s*\d+(px|pt)/);
  });
});

test.describe('Reader View (Readability)', () => {
  test('finds the article, with title, author, date, language and summary', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const doc = new JSDOM(html, { url: canonical }).window.document;
    expect(isProbablyReaderable(doc)).toBe(true);
    const result = new Readability(doc).parse()!;
    expect(result.title).toBe(seed.title);
    expect(result.byline).toBe(seed.author);
    expect(result.publishedTime).toBe(seed.published);
    expect(result.lang).toBe('en');
    expect(result.excerpt).toBe(frontmatter.description);
  });

  test('its text is every paragraph and heading in order, and nothing of the page’s interface', async ({ request, page }) => {
    const headings = await sections(page);
    const doc = new JSDOM(await (await request.get('/')).text(), { url: canonical }).window.document;
    const content = new JSDOM(new Readability(doc).parse()!.content!).window.document;
    const blocks = [...content.querySelectorAll('p, h2')].map((el) => plainTypography(el.textContent!));
    // The paragraphs with the headings between them, in the order of the page.
    const expected = await page.locator('.prose :is(p, h2)').allTextContents();
    expect(blocks).toEqual(expected.map(plainTypography));
    expect(blocks.filter((b) => seed.paragraphs.map(plainTypography).includes(b))).toHaveLength(seed.paragraphs.length);
    expect(headings.every((h) => blocks.includes(h.text))).toBe(true);
    const text = content.body.textContent!;
    for (const chrome of ['Contents', 'Read online at', 'Email this article', 'Download EPUB', 'Cite this article', '@misc', 'Share']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
});

test.describe('Markdown', () => {
  test('linked from <head> and llms.txt, served as text/markdown', async ({ page, request }) => {
    await page.goto('/');
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    expect(await (await request.get('/llms.txt')).text()).toContain(`(${new URL(href, canonical).href})`);
  });

  test('a header with title, author, date and canonical URL, then the source’s words, headings and typography', async ({ page, request }) => {
    const headings = await sections(page);
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    const markdown = await (await request.get(href)).text();
    const [, header, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)!;
    expect(header!.split('\n')).toEqual(expect.arrayContaining([`title: "${seed.title}"`, `author: "${seed.author}"`, `date: ${seed.published}`, `url: ${canonical}`]));
    const blocks = body!.trim().split(/\n{2,}/);
    expect(blocks[0]).toBe(`# ${seed.title}`);
    expect(blocks.filter((b) => b.startsWith('## '))).toEqual(headings.map((h) => `## ${h.text}`));
    const paragraphs = blocks.filter((b) => !b.startsWith('#'));
    expect(paragraphs.map(plainTypography)).toEqual(seed.paragraphs.map(plainTypography));
  });
});
