/**
 * Editions beyond the page, on each of the product's publications: what the product knows of
 * them (the EPUB link's words, the book's package and title page, no interface word in Reader
 * View, and the seed's paragraphs exactly). What any article's editions must carry (EPUBCheck,
 * every piece of the text, the metadata): the writer's check (tests/article-check/editions.spec.ts).
 * The toolkit's own treatment in each edition: tests/e2e/toolkit/.
 */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { plainTypography } from './typography.ts';
import { TEST_SITE_URL as canonical, type Publication } from './publication.ts';

async function epub(page: Page, request: APIRequestContext, { words }: Publication) {
  await page.goto('/');
  const link = page.getByRole('link', { name: words.downloadEpub });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  return { link, response, bytes: await response.body() };
}

test.describe('EPUB', () => {
  test('the page links it as "Download EPUB" (in the article’s language) with its true size', async ({ page, request, publication }) => {
    const { link, bytes } = await epub(page, request, publication);
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveText(publication.words.epubLink(Math.ceil(bytes.length / 1000)));
    expect(bytes.length).toBeLessThan(80_000);
  });

  test('mimetype comes first, stored; the package names its source, its last change and its cover', async ({
    page,
    request,
    publication,
  }) => {
    const { bytes } = await epub(page, request, publication);
    // The first local file header: name "mimetype", compression method 0 (stored), then its content.
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
    const opf = strFromU8(unzipSync(new Uint8Array(bytes))['OEBPS/content.opf']!);
    expect(opf).toContain(`<dc:source>${canonical}</dc:source>`);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/);
    expect(opf).toMatch(/properties="cover-image"/);
  });

  test('a title page with the title, author and date as its readers write it; the reader’s device chooses the type', async ({
    page,
    request,
    publication,
  }) => {
    const files = unzipSync(new Uint8Array((await epub(page, request, publication)).bytes));
    const title = new JSDOM(strFromU8(files['OEBPS/title.xhtml']!), { contentType: 'application/xhtml+xml' }).window.document;
    expect(title.querySelector('h1')?.textContent).toBe(publication.title);
    expect(title.body.textContent).toContain(publication.author);
    expect(title.body.textContent).toContain(
      publication.dateText ?? (await page.locator(`.byline time[datetime="${publication.published}"]`).textContent())!,
    );
    expect(strFromU8(files['OEBPS/style.css']!)).not.toMatch(/font-family|font-size:\s*\d+(px|pt)/);
  });

  test('the seed’s paragraphs are the source text’s, word for word', async ({ page, request, publication }) => {
    test.skip(!publication.paragraphs, 'the seed’s alone: its source text is the publisher’s');
    const files = unzipSync(new Uint8Array((await epub(page, request, publication)).bytes));
    const article = new JSDOM(strFromU8(files['OEBPS/article.xhtml']!), { contentType: 'application/xhtml+xml' }).window.document;
    expect([...article.querySelectorAll('p')].map((p) => plainTypography(p.textContent!))).toEqual(
      publication.paragraphs!.map(plainTypography),
    );
  });
});

test.describe('Reader View (Readability)', () => {
  test('its text holds nothing of the page’s interface; the seed’s is its paragraphs and headings in the page’s order', async ({
    request,
    page,
    publication,
  }) => {
    const doc = new JSDOM(await (await request.get('/')).text(), { url: canonical }).window.document;
    const content = new JSDOM(new Readability(doc).parse()!.content!).window.document;
    const text = content.body.textContent!;
    for (const chrome of publication.words.chrome) expect(text, chrome).not.toContain(chrome);
    if (publication.paragraphs) {
      await page.goto('/');
      const blocks = [...content.querySelectorAll('p, h2')].map((el) => plainTypography(el.textContent!));
      expect(blocks).toEqual((await page.locator('.prose :is(p, h2)').allTextContents()).map(plainTypography));
    }
  });
});

test.describe('Markdown', () => {
  test('listed in llms.txt; its sections are the page’s, the References and the corrections too where it has them', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    expect(await (await request.get('/llms.txt')).text()).toContain(`(${new URL(href, canonical).href})`);
    // The writer's sections, the References, the corrections and updates: in the page's order.
    const headings = await page.locator('.prose > .heading > h2, #references').allTextContents();
    const body = (await (await request.get(href)).text()).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    expect(body.split('\n\n').filter((b) => b.startsWith('## '))).toEqual(headings.map((h) => `## ${h}`));
  });

  test('the seed’s paragraphs are the source text’s, word for word', async ({ page, request, publication }) => {
    test.skip(!publication.paragraphs, 'the seed’s alone: its source text is the publisher’s');
    await page.goto('/');
    const href = (await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href'))!;
    const body = (await (await request.get(href)).text()).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    expect(
      body
        .trim()
        .split(/\n{2,}/)
        .filter((b) => !b.startsWith('#'))
        .map(plainTypography),
    ).toEqual(publication.paragraphs!.map(plainTypography));
  });
});
