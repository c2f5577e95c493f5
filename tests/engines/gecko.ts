/**
 * Gecko: Debian's Firefox ESR (`firefox-esr`), driven by puppeteer-core over WebDriver BiDi (no
 * driver binary). Each browser has a profile of its own, in a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { markTarget, TARGET, type EngineOptions, type EnginePage } from './engine.ts';

/** Firefox: $FIREFOX_PATH, else Debian's ESR, else a `firefox` (GitHub's ubuntu-latest ships one; Ubuntu has no ESR package). */
export function firefoxExecutable(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
  if (!found) throw new Error(missing());
  return found;
}

export function missing(): string | undefined {
  if ([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].some((path) => path && existsSync(path))) return undefined;
  return "No Firefox: install Debian's firefox-esr (apt-get install firefox-esr; .ci/system-packages.tsv) or set FIREFOX_PATH";
}

export async function launch(options: EngineOptions): Promise<EnginePage> {
  const folder = mkdtempSync(join(tmpdir(), 'gecko-'));
  const pdfFile = join(folder, 'printed.pdf');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    extraPrefsFirefox: {
      // The device's colour scheme: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
      // window.print() prints at once, as if the reader pressed Print in the dialog, to a PDF,
      // on A4; the headers and footers stay Firefox's defaults (title, address, "1 of 2", date).
      'print.always_print_silent': true,
      'print.show_print_progress': false,
      print_printer: 'Mozilla Save to PDF',
      'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
      'print.printer_Mozilla_Save_to_PDF.print_to_filename': pdfFile,
      'print.printer_Mozilla_Save_to_PDF.print_paper_id': 'iso_a4',
    },
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));

  return {
    engine: 'gecko',
    async resize(width, height) {
      await page.setViewport({ width, height });
      return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async click(selector, text) {
      if (!(await page.evaluate(markTarget, selector, text))) throw new Error(`nothing to click: ${selector}${text ? ` "${text}"` : ''}`);
      await page.click(TARGET);
    },
    errors: async () => errors.splice(0),
    async onNewDocument(fn) {
      await page.evaluateOnNewDocument(fn);
    },
    async print() {
      rmSync(pdfFile, { force: true });
      await page.evaluate(() => void setTimeout(() => print(), 0));
      // Firefox writes the file as it prints: done once its size stops changing.
      let size = -1;
      for (let waited = 0; waited < 30_000; waited += 250) {
        await new Promise((done) => setTimeout(done, 250));
        const now = existsSync(pdfFile) ? statSync(pdfFile).size : -1;
        if (now > 0 && now === size) return readFileSync(pdfFile);
        size = now;
      }
      throw new Error('Firefox printed no PDF within 30 s');
    },
    async close() {
      await browser.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
