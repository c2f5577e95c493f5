/**
 * Screenshots of the built site for a person to look at: light and dark, at the widths the
 * guide names. `npm run build && npm run screenshots` writes them to screenshots/ (not in git).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from './static-server.ts';

const out = 'screenshots';
const widths = [320, 390, 768, 1280];
const path = process.argv[2] ?? '/';

mkdirSync(out, { recursive: true });
const server = await startStaticServer({});
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(new URL(path, server.url).href);
      const file = `${out}/${path.replace(/\W+/g, '_') || 'index'}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
