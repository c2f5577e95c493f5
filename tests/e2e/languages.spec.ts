/**
 * What only an article in another language shows (#29), on the German and the Arabic fixture
 * (tests/fixtures/languages/); every other check (axe light and dark, html-validate, 320 px, the
 * keyboard walk, print, EPUBCheck, the editions) is the shared specs', run on them too. Expected
 * words are written here as their readers write them, never read from the site's dictionaries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { englishInterface } from './english-words.ts';

/** What each fixture's reader sees, in their own script and punctuation. */
const EXPECTED = {
  german: {
    dir: 'ltr',
    readTime: /^\d+ Min\. Lesezeit$/,
    quotation: '\u201ENebel. Zwei Fahrgäste, ein Fahrrad.\u201C',
    citation: 'Jonas Winter: \u201EDie Logbücher der Fähre\u201C, ',
    notFound: 'Seite nicht gefunden',
    // Interface words German shares with English.
    sameAsEnglish: ['Sepia'],
  },
  arabic: {
    dir: 'rtl',
    readTime: /للقراءة$/,
    quotation: '\u00ABرف الصبر\u00BB',
    citation: 'ليلى حداد\u060C \u00ABدفتر المكتبة الصغيرة\u00BB\u060C ',
    notFound: 'الصفحة غير موجودة',
    sameAsEnglish: [],
  },
} as const;

async function openWithControls(page: Page, share: string) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: share })).toBeVisible();
}

test.describe(() => {
  test.use({ allowedConsole: /status of 404/ }); // the 404 page's own answer

  test('the page is in the article’s language and direction: no English word of the interface, nor any English name, on it or on the 404 page', async ({
    page,
    publication,
  }) => {
    const expected = EXPECTED[publication.name as keyof typeof EXPECTED];
    await page.setViewportSize({ width: 1280, height: 900 });
    await openWithControls(page, publication.words.share);
    await expect(page.locator('html')).toHaveAttribute('lang', publication.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', expected.dir);
    await expect(page.locator('.byline-read-time')).toHaveText(expected.readTime);
    await page.getByRole('button', { name: publication.words.copyCitation }).click(); // an announcement, in the page's words
    await page.locator('details.settings > summary').click(); // the reader settings, open
    expect(await englishInterface(page, expected.sameAsEnglish)).toEqual({ unmarked: [], marked: [] });
    await page.goto('/no-such-page');
    await expect(page.locator('h1')).toHaveText(expected.notFound);
    expect(await englishInterface(page, expected.sameAsEnglish)).toEqual({ unmarked: [], marked: [] });
  });
});

test('quotations and the short citation are set with the language’s marks and punctuation', async ({ page, publication }) => {
  const expected = EXPECTED[publication.name as keyof typeof EXPECTED];
  await page.goto('/');
  expect(await page.locator('.prose').textContent()).toContain(expected.quotation);
  expect(await page.locator('.cite-short').textContent()).toContain(expected.citation);
});

test('on a wide screen the contents stands at the text’s inline start and the margin note at its inline end: mirrored right to left', async ({
  page,
  publication,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const box = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const [text, contents, note] = await Promise.all([box('.prose > p'), box('nav.contents'), box('.sidenote')]);
  const side = (b: DOMRect) => (b.left >= text.right ? 'right' : b.right <= text.left ? 'left' : `over the text (${JSON.stringify(b)})`);
  const rtl = publication.lang === 'ar';
  expect({ contents: side(contents), note: side(note) }).toEqual(
    rtl ? { contents: 'right', note: 'left' } : { contents: 'left', note: 'right' },
  );
  // The reading progress grows from the inline start: from the right, right to left.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
  await page.waitForTimeout(100);
  const bar = await box('.reading-progress');
  expect(bar.width).toBeGreaterThan(0);
  expect(bar.width).toBeLessThan(1440);
  expect(rtl ? 1440 - bar.right : bar.left).toBeLessThan(1);
});

test('every edition follows the direction: the EPUB’s spine and documents, the Markdown’s header; the feed says the language, from which readers set it', async ({
  publication,
}) => {
  const rtl = publication.lang === 'ar';
  const [epubName] = readdir(publication.dist, '.epub');
  const book = unzipSync(new Uint8Array(readFileSync(join(publication.dist, epubName!))));
  const opf = strFromU8(book['OEBPS/content.opf']!);
  if (rtl) expect(opf).toContain('page-progression-direction="rtl"');
  else expect(opf).not.toContain('page-progression-direction="rtl"');
  for (const [name, file] of Object.entries(book).filter(([n]) => n.endsWith('.xhtml'))) {
    expect(strFromU8(file), name).toMatch(new RegExp(`<html [^>]*dir="${rtl ? 'rtl' : 'ltr'}"`));
  }
  const [mdName] = readdir(publication.dist, '.md');
  const markdown = readFileSync(join(publication.dist, mdName!), 'utf8');
  expect(/^---\n[\s\S]*?\n---/.exec(markdown)![0].includes('\ndir: rtl\n')).toBe(rtl);
  expect(readFileSync(join(publication.dist, 'feed.xml'), 'utf8')).toContain(`<language>${publication.lang}</language>`);
});

function readdir(dir: string, ext: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(ext));
}
