/** The print edition, on both publications, read back from the PDF Chromium prints. */
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { letters, pdfPages, SCREEN_ONLY } from './pdf-text.ts';
import { expectEveryParagraph } from './publication.ts';

const PAGE_NUMBER = /^\s*\d+ \/ \d+\s*$/m;

/** Opens the page and waits until its script has added its controls: what is printed then is what a reader with JavaScript prints. */
async function openWithControls(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy BibTeX' })).toBeAttached();
}

for (const format of ['A4', 'Letter'] as const) {
  test.describe(`printed on ${format}`, () => {
    let pages: string[];
    let canonical: string;
    let dateText: string;

    test.beforeEach(async ({ page, publication }) => {
      await openWithControls(page);
      canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
      // The date as the source says it reads, where the test knows it; else as the byline shows it.
      dateText = publication.dateText ?? (await page.locator(`.byline time[datetime="${publication.published}"]`).textContent())!;
      pages = await pdfPages(await page.pdf({ format }));
    });

    test('fits on the pages it is meant to (two for the article), none of them blank', ({ publication }) => {
      expect(pages.length).toBeLessThanOrEqual(publication.printedPages);
      // A blank page would hold nothing but its number; every page here carries at least a line of text.
      for (const text of pages) expect(letters(text.replace(PAGE_NUMBER, '')).length).toBeGreaterThan(40);
    });

    test('every page is numbered "n / total"', () => {
      pages.forEach((text, i) => expect(text).toContain(`${i + 1} / ${pages.length}`));
    });

    test('carries the title, byline and every paragraph of the source, in order', ({ publication }) => {
      const all = letters(pages.map((p) => p.replace(PAGE_NUMBER, '')).join('\n'));
      expect(all).toContain(letters(publication.title));
      expect(all).toContain(letters(publication.author));
      expect(all).toContain(letters(dateText));
      expectEveryParagraph(null, all, publication);
    });

    test('leaves out the screen chrome', async ({ page }) => {
      // The anchors' "#" is on screen (here at hover, as a reader sees it), so its absence on paper means something.
      await page.locator('.prose h2').first().hover();
      expect(await page.locator('.anchor-mark').first().evaluate((m) => getComputedStyle(m, '::before').content)).toContain('"#"');
      const all = pages.join('\n');
      for (const label of SCREEN_ONLY) expect(all).not.toContain(label);
    });

    test('prints the canonical URL, so a reader can get back online', () => {
      expect(letters(pages[0]!)).toContain(letters(canonical));
    });

    test('prints the citation, short form and BibTeX', ({ publication }) => {
      const all = pages.join('\n');
      expect(all).toContain('Cite this article');
      expect(all).toMatch(new RegExp(`@misc\\{${publication.citationKey}\\w+,`));
      expect(letters(all)).toContain(letters(`${publication.author}, \u201C${publication.title},\u201D`));
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`print is dark text on white when the screen is ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto('/');
    const colours = await page.locator('.prose p').first().evaluate((p) => [
      getComputedStyle(p).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });
}

test('on paper, an external link is followed by its address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  const after = await page.locator('.prose p').first().evaluate((p) => {
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
  const heading = await page.locator('.prose h2').first().evaluate((h) => getComputedStyle(h).breakAfter);
  expect(heading).toBe('avoid');
  const p = await page.locator('.prose p').first().evaluate((el) => [getComputedStyle(el).orphans, getComputedStyle(el).widows]);
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
