/** Callouts (GitHub's alert syntax) on the showcase: on the page, to Listen, in print and in every edition. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { fakeSpeech, listenToTheEnd, spoken } from '../fake-speech.ts';
import { drawnPages as pdfPages } from '../../article-check/printed-text.ts';

// The showcase's two callouts, as written after their markers.
const TIP = 'The export keeps the spreadsheet’s column order, so the script needs no configuration.';
const WARNING = 'A generator in a basement needs its exhaust led outside: the librarian had it checked before the first winter.';

test.describe('callouts', () => {
  test('each is a note led by its label, set off from the text by a tint and a rule; no marker is left', async ({ page }) => {
    await open(page, 390);
    const notes = page.getByRole('note').filter({ hasText: /^\s*(Tip|Warning)\b/ });
    await expect(notes).toHaveCount(2);
    await expect(notes.nth(0)).toHaveText(`Tip ${TIP}`);
    await expect(notes.nth(1)).toHaveText(`Warning ${WARNING}`);
    await expect(page.locator('.prose')).not.toContainText('[!');
    for (const note of [notes.nth(0), notes.nth(1)]) {
      const look = await note.evaluate((el) => {
        const style = getComputedStyle(el);
        const paper = getComputedStyle(document.body).backgroundColor;
        const label = el.firstElementChild!;
        return {
          tinted: style.backgroundColor !== paper,
          rule: parseFloat(style.borderInlineStartWidth),
          labelBold: Number(getComputedStyle(label.querySelector('strong')!).fontWeight) >= 600,
        };
      });
      expect(look).toEqual({ tinted: true, rule: expect.any(Number), labelBold: true });
      expect(look.rule).toBeGreaterThanOrEqual(3);
    }
    // A warning's rule is not a note's: the eye tells them apart before the label.
    const rules = await notes.evaluateAll((els) => els.map((el) => getComputedStyle(el).borderInlineStartColor));
    expect(rules[0]).not.toBe(rules[1]);
  });

  test('Listen reads the label with the callout', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await open(page, 1440);
    await page.getByRole('button', { name: 'Listen' }).click();
    await listenToTheEnd(page);
    const texts = await spoken(page);
    expect(texts).toContain(`Tip ${TIP}`);
    expect(texts).toContain(`Warning ${WARNING}`);
  });

  test('print keeps the label and the text', async ({ page }) => {
    await open(page, 1280);
    const all = (await pdfPages(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(`Tip ${TIP.split(',')[0]}`);
    expect(all).toContain('Warning A generator in a basement');
  });

  test('in the EPUB and the feed a callout is a blockquote led by its label in bold; in Markdown, > **Tip**', async ({ request }) => {
    const book = unzipSync(new Uint8Array(await (await request.get('/showcase.epub')).body()));
    const feed = new JSDOM(await (await request.get('/feed.xml')).text(), { contentType: 'text/xml' }).window.document.getElementsByTagName(
      'content:encoded',
    )[0]!.textContent!;
    for (const [edition, html] of [
      ['EPUB', strFromU8(book['OEBPS/article.xhtml']!)],
      ['feed', feed],
    ] as const) {
      const body = new JSDOM(html).window.document;
      const quotes = [...body.querySelectorAll('blockquote')].filter((q) =>
        /^(Tip|Warning)$/.test(q.querySelector(':scope > p:first-child > strong:only-child')?.textContent ?? ''),
      );
      expect(
        quotes.map((q) => q.textContent!.replace(/\s+/g, ' ').trim()),
        edition,
      ).toEqual([`Tip ${TIP}`, `Warning ${WARNING}`]);
      expect(html, edition).not.toContain('[!');
    }
    const markdown = await (await request.get('/showcase.md')).text();
    expect(markdown).toContain(`> **Tip**\n>\n> ${TIP}`);
    expect(markdown).toContain(`> **Warning**\n>\n> ${WARNING}`);
  });
});
