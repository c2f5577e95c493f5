/**
 * The print edition, on each of the product's publications, read back from the PDF Chromium
 * prints: what the product knows of them (their pages, dates, words). What any article must
 * print (its text in order, its URL, numbered pages): the writer's check (tests/article-check/print.spec.ts).
 */
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { drawnPages, readPrinted } from '../article-check/printed-text.ts';
import { letters } from '../article-check/every-piece.ts';
import type { Publication } from './publication.ts';

/** Opens the page and waits until its script has added its controls: what is printed then is what a reader with JavaScript prints. */
async function openWithControls(page: Page, { words }: Publication) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: words.share })).toBeVisible();
  await expect(page.getByRole('button', { name: words.copyBibtex })).toBeAttached();
}

for (const format of ['A4', 'Letter'] as const) {
  test.describe(`printed on ${format}`, () => {
    let pages: string[];
    let all: string;
    // The text as pdf.js draws it, words and their spaces as printed: where no label may stand.
    let drawn: string;
    let rtl: boolean;

    test.beforeEach(async ({ page, publication }) => {
      await openWithControls(page, publication);
      rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
      const pdf = new Uint8Array(await page.pdf({ format }));
      ({ pages, text: all } = await readPrinted(pdf, { rtl }));
      drawn = (await drawnPages(pdf)).join('\n');
    });

    test('fits on the pages it is meant to (two for the article)', ({ publication }) => {
      expect(pages.length).toBeLessThanOrEqual(publication.printedPages);
    });

    test('carries the date as its readers write it', ({ publication }) => {
      test.skip(!publication.dateText, 'the test knows no written form of this date');
      expect(letters(all)).toContain(letters(publication.dateText!));
    });

    test('leaves out the screen chrome', async ({ page, publication }) => {
      // The anchors' "#" is on screen (here at hover, as a reader sees it), so its absence on paper means something.
      await page.locator('.prose h2').first().hover();
      expect(
        await page
          .locator('.anchor-mark')
          .first()
          .evaluate((m) => getComputedStyle(m, '::before').content),
      ).toContain('"#"');
      for (const label of publication.words.screenOnly) {
        expect(drawn).not.toContain(label);
        // Right to left, whatever spacing the PDF's text gives Arabic words. (Not left to right: an
        // English label's letters run together are in words of the text, "share" in "shared".)
        if (rtl && letters(label)) expect(letters(all)).not.toContain(letters(label));
      }
    });

    test('prints the citation, short form and BibTeX, and not the screen’s other formats', ({ publication }) => {
      expect(letters(all)).toContain(letters(publication.words.citeArticle));
      expect(all).toMatch(new RegExp(`@misc\\{${publication.citationKey}\\w+,`));
      expect(all).not.toMatch(/\bTY\s+-\s+[A-Z]{4}\b/); // a RIS record
      // Right to left, a line's runs of both directions (the site's name, the date) are read in
      // the line's direction: there, the citation's names are read; its order is on the page (languages.spec.ts).
      if (rtl) for (const name of [publication.author, publication.title]) expect(letters(all)).toContain(letters(name));
      else expect(letters(all)).toContain(letters(publication.words.citationOpening(publication.author, publication.title)));
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`print is dark text on white when the screen is ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto('/');
    const colours = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });
}

test('on paper, an external link is followed by its address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  const after = await page
    .locator('.prose p')
    .first()
    .evaluate((p) => {
      const a = p.appendChild(document.createElement('a'));
      a.href = 'https://example.org/source';
      a.textContent = 'source';
      return getComputedStyle(a, '::after').content;
    });
  expect(after).toBe('" (https://example.org/source)"');
});

test('headings stay with their text, and paragraphs keep 3 lines together', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  const heading = await page
    .locator('.prose h2')
    .first()
    .evaluate((h) => getComputedStyle(h).breakAfter);
  expect(heading).toBe('avoid');
  const p = await page
    .locator('.prose p')
    .first()
    .evaluate((el) => [getComputedStyle(el).orphans, getComputedStyle(el).widows]);
  expect(p.map(Number)).toEqual([3, 3]);
});

test('the printed QR code scans to the canonical URL, and is not shown on screen', async ({ page }) => {
  await page.goto('/');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  await expect(page.locator('.print-source')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-source svg')).toBeVisible();
  // Rasterise the SVG in the page (8 px a module) and decode it as a phone camera would.
  const { width, height, pixels } = await page.locator('.print-source svg').evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const size = (svg as SVGSVGElement).viewBox.baseVal.width * 8 + 64;
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, size, size);
    g.imageSmoothingEnabled = false;
    g.drawImage(image, 32, 32, size - 64, size - 64);
    return { width: size, height: size, pixels: [...g.getImageData(0, 0, size, size).data] };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels), width, height);
  expect(code?.data).toBe(canonical);
});
