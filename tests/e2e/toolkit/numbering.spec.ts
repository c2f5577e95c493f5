/** Numbered figures, tables and equations, and the links that name them, on the showcase. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';

test.describe('numbering', () => {
  test('a link with no words of its own reads the number of what it names, and leads to it', async ({ page }) => {
    await open(page, 390);
    for (const [name, target] of [
      ['Figure 1', '#fig-map'],
      ['Table 1', '#tbl-shelves'],
      ['Equation 1', '#eq-turnover'],
    ] as const) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', target);
      await link.click();
      await expect(page.locator(target)).toBeInViewport();
      await page.goBack();
    }
  });

  test('the figure’s caption and the table’s begin with their number; the equation shows its number beside it', async ({ page }) => {
    await open(page, 1280);
    await expect(page.locator('#fig-map figcaption')).toContainText(/^\s*Figure 1\. The basement, as the librarian drew it/);
    await expect(page.locator('#tbl-shelves caption')).toHaveText('Table 1. The librarian’s tally, March 2024.');
    await expect(page.getByRole('region', { name: 'Table 1. The librarian’s tally, March 2024.' })).toBeVisible();
    const equation = page.locator('#eq-turnover');
    expect(await equation.evaluate((e) => (e as HTMLElement).innerText)).toContain('(1)');
    const [formula, number] = await Promise.all([equation.locator('mfrac').first().boundingBox(), equation.getByText('(1)').boundingBox()]);
    expect(number!.x).toBeGreaterThan(formula!.x + formula!.width); // at its right
  });

  test('in the EPUB, the feed and the Markdown, the links read the same numbers and the captions begin with them', async ({ request }) => {
    const book = strFromU8(unzipSync(new Uint8Array(await (await request.get('/showcase.epub')).body()))['OEBPS/article.xhtml']!);
    const feed = new JSDOM(await (await request.get('/feed.xml')).text(), { contentType: 'text/xml' }).window.document.getElementsByTagName(
      'content:encoded',
    )[0]!.textContent!;
    for (const [edition, html] of [
      ['EPUB', book],
      ['feed', feed],
    ] as const) {
      const body = new JSDOM(html).window.document;
      const refs = [...body.querySelectorAll('a')]
        .filter((a) => /^(Figure|Table|Equation) 1$/.test(a.textContent!))
        .map((a) => a.textContent);
      expect(refs, edition).toEqual(['Figure 1', 'Table 1', 'Equation 1']);
      expect(body.querySelector('caption')?.textContent, edition).toBe('Table 1. The librarian’s tally, March 2024.');
      expect(body.body.textContent, edition).toContain('Figure 1. The basement');
    }
    const markdown = await (await request.get('/showcase.md')).text();
    expect(markdown).toMatch(
      /plan in \[Figure 1\]\([^)]*#fig-map\); \[Table 1\]\([^)]*#tbl-shelves\) counts their loans, and \[Equation 1\]\([^)]*#eq-turnover\)/,
    );
    expect(markdown).toContain('**Table 1.** The librarian’s tally, March 2024.');
    expect(markdown).toContain('**Figure 1.** The basement');
  });
});
