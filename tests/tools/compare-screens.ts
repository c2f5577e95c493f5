/**
 * Compares two builds of a page as a reader sees them: screen by screen (one viewport at a time,
 * down the whole page, so every lazy picture is painted) at 390 and 1280 px, light and dark,
 * in Chromium, pixel for pixel. For a change that must not alter the look, with the "before"
 * and "after" from `npm run snapshot` (tests/tools/dist-snapshot.ts):
 *
 *   git worktree add /tmp/before <old commit> && ln -s "$PWD/node_modules" /tmp/before/
 *   (cd /tmp/before && npm run snapshot -- /tmp/snap-before)
 *   npm run snapshot -- /tmp/snap-after
 *   npm run compare:screens -- /tmp/snap-before/article /tmp/snap-after/article
 *
 * Prints each screen's count of differing pixels; exits 1 if any differs.
 */
import sharp from 'sharp';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from './static-server.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node tests/tools/compare-screens.ts <dist before> <dist after>');
  process.exit(2);
}

const servers = await Promise.all([startStaticServer({ root: before }), startStaticServer({ root: after })]);
const browser = await launchChromium();
let differing = 0;
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const height = 900;
      const shots: Buffer[][] = [];
      for (const server of servers) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
        await page.goto(server.url);
        await page.evaluate(() => document.fonts.ready);
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        const screens: Buffer[] = [];
        for (let y = 0; y < total; y += height) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(150);
          screens.push(await page.screenshot());
        }
        shots.push(screens);
        await page.close();
      }
      const [a, b] = shots as [Buffer[], Buffer[]];
      if (a.length !== b.length) {
        console.log(`${width}px ${colorScheme}: the page is ${a.length} screens long before, ${b.length} after`);
        differing++;
        continue;
      }
      for (let i = 0; i < a.length; i++) {
        const [pa, pb] = await Promise.all([sharp(a[i]!).raw().toBuffer(), sharp(b[i]!).raw().toBuffer()]);
        let pixels = 0;
        for (let p = 0; p < pa.length; p += 4) if (pa[p] !== pb[p] || pa[p + 1] !== pb[p + 1] || pa[p + 2] !== pb[p + 2]) pixels++;
        console.log(`${width}px ${colorScheme}, screen ${i + 1}/${a.length}: ${pixels} pixels differ`);
        if (pixels) differing++;
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
process.exit(differing ? 1 : 0);
