/**
 * One palette: the page's colours come from base.css, the browser's bar and the link-preview
 * card from src/styles/palette.ts. A reader sees them side by side (the bar above the page, the
 * card before the click), so they must be the same colours.
 */
import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { PALETTE, type Scheme } from '../../src/styles/palette.ts';
import { rgbOf } from './colour.ts';

const PROPERTIES = { paper: '--paper', ink: '--ink', inkMuted: '--ink-muted', rule: '--rule' } as const;

for (const scheme of ['light', 'dark'] as Scheme[]) {
  test(`${scheme} device: the page's colours are the palette's, and the browser's bar is the paper`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const colours = await page.evaluate((properties) => {
      const probe = document.body.appendChild(document.createElement('span'));
      const out = Object.fromEntries(
        Object.entries(properties).map(([key, property]) => {
          probe.style.color = `var(${property})`;
          return [key, getComputedStyle(probe).color];
        }),
      );
      probe.remove();
      return out;
    }, PROPERTIES);
    expect(colours).toEqual(Object.fromEntries(Object.entries(PALETTE[scheme]).map(([key, hex]) => [key, rgbOf(hex)])));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgbOf(PALETTE[scheme].paper));
    const bar = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) =>
        metas.filter((m) => matchMedia(m.getAttribute('media') ?? 'all').matches).map((m) => (m as HTMLMetaElement).content),
      );
    expect(bar).toEqual([PALETTE[scheme].paper]);
  });
}

test("the link-preview card is drawn on the page's light paper", async ({ page, request }) => {
  await page.goto('/');
  const card = await request.get(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname);
  const corner = await sharp(await card.body())
    .extract({ left: 0, top: 0, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer();
  expect(`rgb(${[...corner].join(', ')})`).toBe(rgbOf(PALETTE.light.paper));
});
