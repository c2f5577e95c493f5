/**
 * The toolkit on paper, on the showcase (print.spec.ts checks the pages, the words and the chrome
 * of both publications): notes once, at the end; code whole; figures and tables kept to paper's
 * measures.
 */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { letters } from '../../article-check/every-piece.ts';
import { drawnPages as pdfPages } from '../../article-check/printed-text.ts';
import { SETTINGS_KEY } from '../../../src/scripts/reader-settings-values.ts';

/** The end of the showcase's longest line of code, which must print whole (wrapped). */
const LONG_LINE_END = "book.borrowed ? 'out' : 'in'";
/** A CSS pixel in points: 1px = 0.75pt. */
const pt = (px: string) => parseFloat(px) * 0.75;

for (const format of ['A4', 'Letter'] as const) {
  test(`printed on ${format}: each note once, after the text; code whole; captions and table rows`, async ({ page }) => {
    await open(page);
    await expect(page.getByRole('button', { name: 'Copy code sample 2' })).toBeAttached(); // the script has run
    const all = letters((await pdfPages(await page.pdf({ format }))).join('\n'));
    // The notes, once each (no margin copy), after the text.
    expect(all.split(letters('Names are withheld at the librarians’ request')).length).toBe(2);
    expect(all.indexOf(letters('Notes'), all.indexOf(letters('What it cost')))).toBeGreaterThan(0);
    expect(all).toContain(letters(LONG_LINE_END));
    expect(all).toContain(letters('The basement, as the librarian drew it for new volunteers.'));
    expect(all).toContain(letters('Manuals: first aid, engines, radios'));
    expect(all).not.toContain(letters('Copy code sample'));
  });
}

test('in print, pictures are at most 9 cm tall and figures stay whole; code wraps inside the page; notes are numbered endnotes, with no margin copy', async ({
  page,
}) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => {
    const cm = 96 / 2.54;
    const code = document.querySelector<HTMLElement>('pre.code')!;
    return {
      tallest: Math.max(...[...document.querySelectorAll('.figure img')].map((i) => i.getBoundingClientRect().height)) / cm,
      whole: [...document.querySelectorAll('.figure')].map((f) => getComputedStyle(f).breakInside),
      codeOverflow: code.scrollWidth - code.clientWidth,
    };
  });
  expect(print.tallest).toBeLessThanOrEqual(9.01);
  expect(print.tallest).toBeGreaterThan(3); // a picture is still a picture
  expect(new Set(print.whole)).toEqual(new Set(['avoid']));
  expect(print.codeOverflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.sidenote').first()).toBeHidden();
  await expect(page.locator('.footnotes')).toBeVisible();
});

test('in print, the table and captions keep paper’s sizes (9 pt and 8.5 pt) whatever text size the reader chose on screen', async ({
  page,
}) => {
  const printed = async () => {
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.prose table')!).fontSize,
      getComputedStyle(document.querySelector('.figure figcaption')!).fontSize,
    ]);
    await page.emulateMedia({ media: 'screen' });
    return sizes.map(pt);
  };
  await open(page);
  const atDefault = await printed();
  const screenDefault = await page.locator('.prose table').evaluate((t) => getComputedStyle(t).fontSize);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ size: '5' })), SETTINGS_KEY);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-size', '5');
  expect(await page.locator('.prose table').evaluate((t) => getComputedStyle(t).fontSize)).not.toBe(screenDefault); // it follows on screen
  expect(await printed()).toEqual(atDefault);
  expect(atDefault[0]).toBeCloseTo(9, 1);
  expect(atDefault[1]).toBeCloseTo(8.5, 1);
});
