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
import { expectEveryParagraph } from '../publication.ts';
import { letters, pdfPagesAsLaidOut } from '../pdf-text.ts';
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
  test.describe(`${siteName}, printed from Firefox`, () => {
    let pages: string[];
    let pdf: Buffer;
    let canonical: string;
    let address: string;

    test.beforeAll(async ({ reader, sites }) => {
      const site = sites[siteName];
      await reader.resize(1280, 800);
      await open(reader, site.url);
      canonical = await reader.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href);
      address = await reader.evaluate(() => location.href);
      pdf = await reader.print!();
      pages = await pdfPagesAsLaidOut(pdf);
    });

    test('fits its pages, and Firefox numbers each one and prints the page’s address on it', ({ sites }) => {
      expect(pages.length).toBeLessThanOrEqual(sites[siteName].publication.printedPages);
      // Firefox's own header and footer (on by default): the page's title and address, "n of N", the date.
      pages.forEach((text, i) => {
        expect(text).toContain(`${i + 1} of ${pages.length}`);
        expect(text).toContain(address);
      });
    });

    test('carries every paragraph and leaves out the screen chrome', ({ sites }) => {
      // Without Firefox's header (title, address) and footer ("n of N", date), which break into a paragraph running over a page.
      const all = pages.map((text) => text.split('\n').filter((line) => !line.includes(address) && !/^\d+ of \d+\b/.test(line)).join('\n')).join('\n');
      expectEveryParagraph(null, all, sites[siteName].publication);
      for (const label of sites[siteName].publication.words.screenOnly) expect(all).not.toContain(label);
    });

    test('prints the canonical URL and a QR code that scans to it', async () => {
      expect(letters(pages[0]!)).toContain(letters(canonical));
      expect(await qrOnFirstPage(pdf)).toBe(canonical);
    });

    test('the BibTeX entry prints as text a reader can copy, digits and all', ({ sites }) => {
      const all = pages.join('\n');
      const key = sites[siteName].publication.citationKey || '[a-z]+\\d{4}';
      expect(all).toMatch(new RegExp(`@misc\\{${key}\\w*,`));
      expect(all).toContain(`year = {${sites[siteName].publication.published.slice(0, 4)}}`);
    });
  });
}
