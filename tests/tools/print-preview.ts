/**
 * The print edition as a person sees it: prints the built article to PDF (A4 and US Letter) with
 * Chromium and renders each page to PNG with poppler's pdftoppm, into print-preview/ (not in git).
 * Usage: npm run build && node tests/tools/print-preview.ts [light|dark]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from './static-server.ts';

const out = 'print-preview';
const colorScheme = process.argv[2] === 'dark' ? 'dark' : 'light';
mkdirSync(out, { recursive: true });
const server = await startStaticServer({});
const browser = await launchChromium();
try {
  for (const format of ['A4', 'Letter'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(server.url);
    const pdf = `${out}/article-${format}.pdf`;
    await page.pdf({ path: pdf, format });
    try {
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${out}/article-${format}`]);
      console.log(`${pdf} and its pages as ${out}/article-${format}-N.png`);
    } catch {
      console.log(`${pdf} (install poppler-utils for PNG pages)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
