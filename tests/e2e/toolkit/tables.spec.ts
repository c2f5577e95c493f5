/** Tables, on the showcase. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { letters } from '../../article-check/every-piece.ts';
import { drawnPages as pdfPages } from '../../article-check/printed-text.ts';

test.describe('tables', () => {
  test('on paper a table prints whole where it fits, and repeats its header row on each page where it does not', async ({ page }) => {
    await open(page);
    const header = letters('Kind of book');
    const rowsOf = (pages: string[]) => pages.filter((p) => letters(p).includes(letters('Novels, mostly crime'))).length;
    const whole = await pdfPages(await page.pdf({ format: 'A4' }));
    expect(whole.filter((p) => letters(p).includes(header))).toHaveLength(1);
    expect(rowsOf(whole)).toBe(1);
    // The same table, grown to several pages' worth of rows.
    await page.locator('.prose tbody').evaluate((body) => {
      const rows = [...body.children];
      for (let i = 0; i < 40; i++) rows.forEach((r) => body.append(r.cloneNode(true)));
    });
    const long = await pdfPages(await page.pdf({ format: 'A4' }));
    const withRows = long.filter((p) => letters(p).includes(letters('Novels, mostly crime')));
    expect(withRows.length).toBeGreaterThan(1);
    for (const text of withRows) expect(letters(text)).toContain(header);
  });

  test('a table reads in a named, focusable region, numbers aligned as the Markdown asks', async ({ page }) => {
    await open(page, 320);
    // Named by the writer's caption, with its number (numbering.ts); an uncaptioned table by its header row.
    const region = page.getByRole('region', { name: 'Table 1. The librarian’s tally, March 2024.' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const align = await region
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
    expect(align).toEqual(['left', 'left', 'right', 'right']);
  });
});
