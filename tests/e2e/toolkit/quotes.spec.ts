/** Quotations, attributions and pull quotes, on the showcase. */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { SETTINGS_KEY } from '../../../src/scripts/reader-settings-values.ts';

test.describe('quotations', () => {
  test('a <Quote> is a blockquote with its attribution under it', async ({ page }) => {
    await open(page);
    const quote = page.locator('figure.quote');
    await expect(quote.locator('blockquote')).toContainText('People don’t come for escape.');
    await expect(quote.locator('figcaption')).toHaveText('A volunteer, Interview notes, March 2024');
    await expect(quote.locator('figcaption cite')).toHaveText('Interview notes, March 2024');
  });

  test('the attribution starts where the quoted text starts, at every width and text size', async ({ page }) => {
    for (const [width, size] of [
      [390, '3'],
      [1280, '3'],
      [1280, '5'],
      [390, '1'],
    ] as const) {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify({ size })]);
      await open(page, width);
      // The dash's left edge and the first quoted letter's, as the reader sees them.
      const [dash, text] = await page.locator('figure.quote').evaluate((quote) => {
        const caption = quote.querySelector('figcaption')!;
        const range = document.createRange();
        const first = quote.querySelector('blockquote p')!.firstChild!;
        range.setStart(first, 0);
        range.setEnd(first, 1);
        return [
          caption.getBoundingClientRect().left + parseFloat(getComputedStyle(caption).paddingLeft),
          range.getBoundingClientRect().left,
        ];
      });
      expect(Math.abs(dash - text), `${width}px, text size ${size}`).toBeLessThan(1);
    }
  });

  test('a pull quote is seen, but neither a screen reader nor Reader View meets the line twice', async ({ page }) => {
    await open(page);
    await expect(page.locator('.pull-quote')).toBeVisible();
    await expect(page.locator('.pull-quote')).toHaveAttribute('aria-hidden', 'true');
    const line = /an hour in which nothing is asked of them/gi;
    const spoken = await page.locator('main').ariaSnapshot();
    expect(spoken.match(line)).toHaveLength(1);
    const doc = new JSDOM(await page.content(), { url: page.url() }).window.document;
    const reader = new Readability(doc).parse()!;
    expect(reader.textContent!.match(line)).toHaveLength(1);
    expect(reader.textContent).toContain('People don’t come for escape');
    expect(reader.textContent).not.toContain(
      'Based on visits to three such libraries in 2023 and 2024. Names are withheld at the librarians’ request.Based',
    );
  });
});
