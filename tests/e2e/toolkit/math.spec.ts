/** Mathematics on the showcase: MathML laid out by the browser, named for assistive technology, in every edition. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import sanitizeHtml from 'sanitize-html';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { drawnPages as pdfPages } from '../../article-check/printed-text.ts';

// The showcase's formulas, as written.
const INLINE = ['L', 'V', 'T = L / V'];
const DISPLAY = String.raw`T_{\text{manuals}} = \frac{L_{\text{March}}}{V} = \frac{104 \text{ loans}}{88 \text{ volumes}} \approx 1.18 \text{ loans per volume, against } \frac{268}{412} \approx 0.65 \text{ for novels}`;

test.describe('math', () => {
  test('each formula is MathML the browser lays out (a fraction is taller than a line of text), its TeX kept, with no script and no font fetched', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await open(page, 1280);
    const formulas = page.getByRole('math');
    await expect(formulas).toHaveCount(INLINE.length + 1);
    const tex = await formulas.evaluateAll((ms) => ms.map((m) => m.querySelector('annotation[encoding="application/x-tex"]')?.textContent));
    expect(tex).toEqual([...INLINE, DISPLAY]);
    const [line, fraction] = await Promise.all([
      page
        .locator('.prose p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight)),
      page
        .locator('.math-scroll mfrac')
        .first()
        .evaluate((f) => f.getBoundingClientRect().height),
    ]);
    expect(fraction).toBeGreaterThan(line); // numerator over denominator, not TeX in a row
    expect(await page.locator('.prose').evaluate((p) => (p as HTMLElement).innerText)).not.toContain('\\frac'); // the annotation is not shown
    expect(requests.filter((url) => /\.(woff2?|ttf|otf|js)(\?|$)/.test(url))).toEqual([]);
  });

  test('a display formula wider than a phone scrolls in its own named region, which the keyboard reaches; the page does not', async ({
    page,
  }) => {
    await open(page, 320);
    const region = page.getByRole('region', { name: 'Formula 1' });
    await expect(region).toBeVisible();
    const widths = await region.evaluate((r) => ({
      inner: r.scrollWidth,
      outer: r.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(widths.inner).toBeGreaterThan(widths.outer);
    expect(widths.page).toBe(0);
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  });

  test('on paper a display formula prints whole, not cut at the column’s edge', async ({ page }) => {
    await open(page, 1280);
    const all = (await pdfPages(await page.pdf({ format: 'A4' }))).join('\n');
    expect(all).toMatch(/0\.65\s+for novels/);
  });

  test('the EPUB declares and carries the MathML; the feed carries it with the TeX as alttext; the Markdown keeps the TeX', async ({
    request,
  }) => {
    const book = unzipSync(new Uint8Array(await (await request.get('/showcase.epub')).body()));
    expect(strFromU8(book['OEBPS/content.opf']!)).toMatch(
      /<item id="article" href="article\.xhtml" media-type="application\/xhtml\+xml" properties="mathml"\/>/,
    );
    const chapter = new JSDOM(strFromU8(book['OEBPS/article.xhtml']!), { contentType: 'application/xhtml+xml' }).window.document;
    const inBook = [...chapter.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')];
    expect(inBook.map((m) => m.getAttribute('alttext'))).toEqual([...INLINE, DISPLAY]);
    const feed = new JSDOM(await (await request.get('/feed.xml')).text(), { contentType: 'text/xml' }).window.document.getElementsByTagName(
      'content:encoded',
    )[0]!.textContent!;
    const inFeed = [...new JSDOM(feed).window.document.querySelectorAll('math')];
    expect(inFeed.map((m) => m.getAttribute('alttext'))).toEqual([...INLINE, DISPLAY]);
    expect(inFeed.every((m) => m.querySelector('mi, mn, mo'))).toBe(true);
    // A feed reader that strips MathML is left the formula's own text, not its TeX beside it.
    expect(sanitizeHtml(feed, { allowedTags: sanitizeHtml.defaults.allowedTags })).toContain('gives its turnover, T=L/V:');
    expect(sanitizeHtml(feed)).not.toContain('\\frac');
    const markdown = await (await request.get('/showcase.md')).text();
    expect(markdown).toContain('gives its turnover, $T = L / V$:');
    expect(markdown).toContain(`$$\n\\label{eq-turnover} ${DISPLAY}\n$$`); // as written, its label too
  });
});
