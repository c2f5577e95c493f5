/**
 * The article on paper, A4 and Letter, read back from the PDF Chromium prints as a reader reads
 * it (printed-text.ts): the title, the byline, every piece of the source's running text in
 * order, the way back online and the citation, on numbered pages, none of them blank.
 */
import { afterEnhancements, expect, test } from './fixture.ts';
import { readPrinted } from './printed-text.ts';
import { letters, missingPieces } from './every-piece.ts';

/** The most letters that may stand between two words of a piece on paper: a page's number and a table row's other cells. */
const PRINTED_GAP = 60;

for (const format of ['A4', 'Letter'] as const) {
  test(`printed on ${format}, it carries the title, the byline and every paragraph, list item, quotation and table cell, in order, on numbered pages`, async ({
    page,
    article,
  }) => {
    await page.goto('');
    // What a reader with JavaScript prints: the page once its script has added its controls.
    await afterEnhancements(page);
    const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
    const date = await page.locator(`time[datetime="${article.published}"]`).first().textContent();
    const printed = await readPrinted(new Uint8Array(await page.pdf({ format })), { rtl });
    const all = letters(printed.text);

    expect.soft(all, 'the title').toContain(letters(article.title));
    expect.soft(all, 'the author').toContain(letters(article.author));
    expect.soft(all, 'the date, as the page writes it').toContain(letters(date ?? article.published));
    // A page's or a note's number, or a table's next cells, may stand between a piece's words on paper.
    expect.soft(missingPieces(printed.text, article.pieces, article.file, { gap: PRINTED_GAP }), 'the running text').toEqual([]);
    expect.soft(letters(printed.pages[0]!), 'the canonical URL, on the first page').toContain(letters(article.canonical));
    expect.soft(printed.text, 'the BibTeX entry').toMatch(/@misc\{\w+,/);

    expect.soft(printed.pages.length, `at most ${article.maxPrintedPages} pages`).toBeLessThanOrEqual(article.maxPrintedPages);
    printed.pages.forEach((text, i) => {
      // Every page is numbered "n / N" (read from the right on a right-to-left page), and holds more than its number.
      expect.soft(text, `page ${i + 1}'s number`).toMatch(new RegExp(`(^|\\D)${i + 1}\\s*/\\s*${printed.pages.length}(\\D|$)`));
      expect.soft(letters(text.replace(/\d+\s*\/\s*\d+/, '')).length, `page ${i + 1} holds a line of text`).toBeGreaterThan(40);
    });
  });
}
