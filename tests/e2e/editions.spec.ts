/**
 * Editions beyond the page, on both publications: the EPUB (checked by EPUBCheck), Reader View
 * (Mozilla's Readability), and Markdown. The toolkit's own treatment in each edition (pictures,
 * notes, quotes) is in tests/e2e/toolkit/.
 */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { plainTypography } from './typography.ts';
import { epubCheck, epubCheckMissing } from './epubcheck.ts';
import { expectEveryParagraph, TEST_SITE_URL as canonical, type Publication } from './publication.ts';

/** The page's h2 headings, as the reader sees them. */
async function sections(page: Page) {
  await page.goto('/');
  return page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent! })));
}

/**
 * The article's own sections, as the writer wrote them (`## Heading`), without the heading the
 * site adds over the notes.
 */
async function bodySections(page: Page) {
  await page.goto('/');
  return page.locator('.prose > .heading > h2').allTextContents();
}

/** The page's contents: each section's link and text, as the reader sees them. */
async function contents(page: Page) {
  await page.goto('/');
  return page.locator('.contents-list a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
}

async function epub(page: Page, request: APIRequestContext, { words }: Publication) {
  await page.goto('/');
  const link = page.getByRole('link', { name: words.downloadEpub });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  return { link, response, bytes: await response.body() };
}

test.describe('EPUB', () => {
  test('the page links it as "Download EPUB" (in the article’s language) with its true size, served as application/epub+zip', async ({ page, request, publication }) => {
    const { link, response, bytes } = await epub(page, request, publication);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveText(publication.words.epubLink(Math.ceil(bytes.length / 1000)));
    expect(bytes.length).toBeLessThan(80_000);
  });

  test('EPUBCheck finds no error and no warning', async ({ page, request, publication }) => {
    test.skip(epubCheckMissing(), 'EPUBCheck is not installed (Debian: apt-get install epubcheck)');
    const { status, report } = epubCheck((await epub(page, request, publication)).bytes);
    expect(status, report).toBe(0);
    expect(report).toContain('No errors or warnings detected.');
  });

  test('mimetype comes first, stored; the metadata names the article by its canonical URL', async ({ page, request, publication }) => {
    const { bytes } = await epub(page, request, publication);
    // The first local file header: name "mimetype", compression method 0 (stored), then its content.
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
    const files = unzipSync(new Uint8Array(bytes));
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain(`<dc:identifier id="uid">${canonical}</dc:identifier>`);
    expect(opf).toContain(`<dc:source>${canonical}</dc:source>`);
    expect(opf).toContain(`<dc:title>${publication.title}</dc:title>`);
    expect(opf).toContain(`<dc:creator>${publication.author}</dc:creator>`);
    expect(opf).toContain(`<dc:language>${publication.lang}</dc:language>`);
    expect(opf).toContain(`<dc:date>${publication.published}</dc:date>`);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/);
    expect(opf).toMatch(/properties="cover-image"/);
  });

  test('the book holds a title page, the sections in its navigation, and the article’s every paragraph and heading', async ({ page, request, publication }) => {
    const headings = await sections(page);
    const listed = await contents(page);
    const files = unzipSync(new Uint8Array((await epub(page, request, publication)).bytes));
    const doc = (name: string) => new JSDOM(strFromU8(files[`OEBPS/${name}`]!), { contentType: 'application/xhtml+xml' }).window.document;
    const title = doc('title.xhtml');
    expect(title.querySelector('h1')?.textContent).toBe(publication.title);
    expect(title.body.textContent).toContain(publication.author);
    expect(title.body.textContent).toContain(publication.dateText ?? (await page.locator(`.byline time[datetime="${publication.published}"]`).textContent())!);
    const nav = [...doc('nav.xhtml').querySelectorAll('nav#toc ol ol a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
    expect(nav).toEqual(listed.map((l) => ({ href: `article.xhtml${l.href}`, text: l.text })));
    const article = doc('article.xhtml');
    expectEveryParagraph([...article.querySelectorAll('p')].map((p) => p.textContent!), article.body.textContent!, publication);
    expect([...article.querySelectorAll('h2')].map((h) => ({ id: h.id, text: h.textContent }))).toEqual(headings);
    // The reader's device chooses font and size: the stylesheet sets neither.
    expect(strFromU8(files['OEBPS/style.css']!)).not.toMatch(/font-family|font-size:\s*\d+(px|pt)/);
  });
});

test.describe('Reader View (Readability)', () => {
  test('finds the article, with title, author, date, language and summary', async ({ request, publication }) => {
    const html = await (await request.get('/')).text();
    const doc = new JSDOM(html, { url: canonical }).window.document;
    expect(isProbablyReaderable(doc)).toBe(true);
    const result = new Readability(doc).parse()!;
    expect(result.title).toBe(publication.title);
    expect(result.byline).toBe(publication.author);
    expect(result.publishedTime).toBe(publication.published);
    expect(result.lang).toBe(publication.lang);
    expect(result.excerpt).toBe(publication.description);
  });

  test('its text is every paragraph and heading in order, and nothing of the page’s interface', async ({ request, page, publication }) => {
    // The writer's sections. Not the notes' heading: Readability drops an h2 whose words are all
    // in the title (the showcase's "Notes", of "Notes From a Field Library"): docs/editions.md.
    const headings = await bodySections(page);
    const doc = new JSDOM(await (await request.get('/')).text(), { url: canonical }).window.document;
    const content = new JSDOM(new Readability(doc).parse()!.content!).window.document;
    const blocks = [...content.querySelectorAll('p, h2')].map((el) => plainTypography(el.textContent!));
    expectEveryParagraph([...content.querySelectorAll('p')].map((p) => p.textContent!), content.body.textContent!, publication);
    expect(headings.filter((h) => !blocks.includes(h))).toEqual([]);
    if (publication.plainProse) {
      // The paragraphs with the headings between them, in the order of the page.
      expect(blocks).toEqual((await page.locator('.prose :is(p, h2)').allTextContents()).map(plainTypography));
    }
    const text = content.body.textContent!;
    for (const chrome of publication.words.chrome) {
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

  test('a header with title, author, date and canonical URL, then the source’s words, headings and typography', async ({ page, request, publication }) => {
    // The writer's sections, then the References where the article cites (a heading of the site's).
    const headings = [...(await bodySections(page)), ...(await page.locator('#references').allTextContents())];
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    const markdown = await (await request.get(href)).text();
    const [, header, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)!;
    expect(header!.split('\n')).toEqual(expect.arrayContaining([`title: "${publication.title}"`, `author: "${publication.author}"`, `date: ${publication.published}`, `url: ${canonical}`]));
    const blocks = body!.trim().split(/\n{2,}/);
    expect(blocks[0]).toBe(`# ${publication.title}`);
    expect(blocks.filter((b) => b.startsWith('## '))).toEqual(headings.map((h) => `## ${h}`));
    expectEveryParagraph(blocks.filter((b) => !b.startsWith('#')), body!, publication);
  });
});
