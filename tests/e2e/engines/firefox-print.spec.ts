/**
 * Printing from Firefox as its reader does (Ctrl+P with Firefox's default settings, to PDF, on
 * A4: tests/engines/gecko.ts), on the real publication and the showcase, read back from the
 * PDF. Gecko only: WebKit's WebDriver has no Print command (Chromium prints in print.spec.ts).
 * Firefox has no @page margin boxes, so its page numbers and the page's address on every page
 * come from its own header and footer, on by default: the decision, in docs/browsers.md.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letters, missingPieces } from '../../article-check/every-piece.ts';
import { readPrinted } from '../../article-check/printed-text.ts';
import { expect, open, test, type SiteName } from './engine-test.ts';

/** A PDF's first page as a phone camera would see it (150 dpi, by Debian's pdftoppm), and the QR code it finds there. */
async function qrOnFirstPage(pdf: Buffer): Promise<string | undefined> {
  const folder = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    writeFileSync(join(folder, 'printed.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', '-singlefile', join(folder, 'printed.pdf'), join(folder, 'page')]);
    const { data, info } = await sharp(join(folder, 'page.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

for (const siteName of ['publication', 'showcase'] as const satisfies SiteName[]) {
  // One test prints and reads the paper, so what goes wrong while Firefox opens and prints the
  // page is the test's own (the guard asserts no script error and no CSP violation after it).
  test(`${siteName}, printed from Firefox: numbered pages with the page's address, every piece of the text, the canonical URL and its QR code, the BibTeX entry`, async ({
    reader,
    sites,
  }) => {
    const site = sites[siteName];
    await reader.resize(1280, 800);
    await open(reader, site.url);
    const canonical = await reader.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href);
    const address = await reader.evaluate(() => location.href);
    const rtl = await reader.evaluate(() => document.documentElement.dir === 'rtl');
    const pdf = await reader.print!();
    // Read as a reader reads it, without what stands on every page (Firefox's header and footer).
    const { pages, text: body } = await readPrinted(new Uint8Array(pdf), { rtl });

    expect.soft(pages.length, `at most ${site.article.maxPrintedPages} pages`).toBeLessThanOrEqual(site.article.maxPrintedPages);
    // Firefox's own header and footer (on by default): the page's title and address, "n of N", the date.
    pages.forEach((text, i) => {
      expect.soft(text, `page ${i + 1}: its number`).toContain(`${i + 1} of ${pages.length}`);
      expect.soft(text, `page ${i + 1}: the page's address`).toContain(address);
    });
    expect.soft(missingPieces(body, site.article.pieces, site.article.file, { gap: 60 }), 'the running text').toEqual([]);
    // The screen's chrome, in the words written by hand for the product's own fixture.
    for (const label of site.known?.screenOnly ?? []) expect.soft(body, 'no screen chrome').not.toContain(label);
    expect.soft(letters(pages[0]!), 'the canonical URL').toContain(letters(canonical));
    expect.soft(await qrOnFirstPage(pdf), 'the QR code').toBe(canonical);
    // The BibTeX entry prints as text a reader can copy, digits and all.
    expect.soft(pages.join('\n')).toMatch(/@misc\{[a-z]+\d{4}\w*,/);
    expect.soft(pages.join('\n')).toContain(`year = {${site.article.published.slice(0, 4)}}`);
  });
}
