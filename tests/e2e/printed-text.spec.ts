/**
 * The writer's check reads paper as a reader does (tests/article-check/printed-text.ts): a
 * paragraph running across a page, a note's number, a hyphenated word and a running head never
 * make text "missing"; a paragraph the print stylesheet really leaves out does. Shown here on a
 * page made for it and on the seed's page, printed by Chromium.
 */
import { expect, test } from './fixtures.ts';
import { drawnPages, readPrinted } from '../article-check/printed-text.ts';
import { letters, missingPieces } from '../article-check/every-piece.ts';
import { sourcePieces } from '../article-check/source-text.ts';

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} begins here, and it goes on ${'at length '.repeat(n)}about the interviewers, their notebooks, the questions they asked and the answers they wrote down, ` +
  `with uncharacteristically long words such as incomprehensibility, responsibilities and internationalisation to be hyphenated at the ends of narrow lines, ` +
  `until paragraph ${n} ends here.`;

/** Soft hyphens in the long words, as a hyphenation dictionary would break them (the machines here have none for Chromium). */
const hyphenable = (text: string) => text.replace(/\b(\w{5})(\w{5,})\b/g, '$1&shy;$2');

/** A source of many paragraphs, one of them with a note, and the page it would print as: narrow, hyphenated, with a running head and numbered pages. */
const SOURCE =
  [...Array.from({ length: 9 }, (_, i) => PARAGRAPH(i + 1)), '']
    .join('\n\n')
    .replace('until paragraph 5 ends here.', 'until paragraph 5[^1] ends here.') + '\n[^1]: The note.\n';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Print</title><style>
  @page { size: 100mm 120mm; margin: 18mm 10mm; @top-center { content: 'What We Learned, a running head'; font-size: 8pt } @bottom-center { content: counter(page) ' / ' counter(pages); font-size: 8pt } }
  body { font: 11pt/1.4 serif; hyphens: auto; margin: 0 } p { margin: 0 0 0.6em }
</style></head><body>${Array.from({ length: 9 }, (_, i) => `<p>${hyphenable(PARAGRAPH(i + 1)).replace('until paragraph 5 ends', 'until paragraph 5<sup><a href="#fn-1">1</a></sup> ends')}</p>`).join('')}<ol><li id="fn-1"><p>The note.</p></li></ol></body></html>`;

test('a paragraph across a page, a note’s number, hyphenated words and a running head leave nothing missing', async ({ page }) => {
  await page.setContent(PAGE);
  const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
  const printed = await readPrinted(pdf);
  // What the test stands on: the paper has all four.
  expect(printed.pages.length).toBeGreaterThan(2);
  expect(printed.pages.filter((p) => p.includes('a running head'))).toHaveLength(printed.pages.length);
  expect(printed.text).toMatch(/[-\u2010]\n/); // a line ending in a hyphen
  const crossing = Array.from({ length: 9 }, (_, i) => i + 1).find((n) => {
    const at = printed.pages.findIndex((p) => p.includes(`Paragraph ${n} begins`));
    return at !== -1 && !letters(printed.pages[at]!).includes(letters(`paragraph ${n} ends here`));
  });
  expect(crossing, 'a paragraph that runs on to the next page').toBeDefined();
  expect(missingPieces(printed.text, sourcePieces(SOURCE), 'print.mdx', { gap: 60 })).toEqual([]);
  // Read in the PDF's drawing order, as the check once did, the same paper loses text.
  expect(missingPieces((await drawnPages(pdf)).join('\n'), sourcePieces(SOURCE), 'print.mdx')).not.toEqual([]);
});

test.describe('a paragraph the print stylesheet leaves out', () => {
  // The extra stylesheet is the test's, outside the page's policy.
  test.use({ bypassCSP: true });

  test('is missing from the seed on paper, named by its line; with the page’s own stylesheet nothing is', async ({ page, article }) => {
    await page.goto('/');
    const whole = await readPrinted(new Uint8Array(await page.pdf({ format: 'Letter' })));
    expect(missingPieces(whole.text, article.pieces, article.file, { gap: 60 })).toEqual([]);
    await page.addStyleTag({ content: '@media print { .prose > p:nth-of-type(3) { display: none } }' });
    const hidden = await page.locator('.prose > p').nth(2).textContent();
    const cut = await readPrinted(new Uint8Array(await page.pdf({ format: 'Letter' })));
    const missing = missingPieces(cut.text, article.pieces, article.file, { gap: 60 });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain(`${article.file}:${article.pieces.find((p) => letters(p.text) === letters(hidden!))!.line}: missing`);
  });
});
