/**
 * What a reader of an engine without a newer feature gets (docs/browsers.md): features every
 * engine the suite runs has are simulated missing in Chromium, by rewriting the page as such an
 * engine would read it. Features one of the tested engines lacks are checked there, in
 * tests/e2e/engines/ (Firefox: scroll-driven animation, rel=expect; WebKit: hyphenate-limit-chars).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The page's colours that a reader sees and a keyboard user's focus ring. */
async function palette(page: Page) {
  const link = page.locator('nav.contents a').first();
  await link.focus();
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const focused = getComputedStyle(document.activeElement!);
    return {
      paper: body.backgroundColor,
      ink: body.color,
      link: focused.color,
      ring: `${focused.outlineStyle} ${focused.outlineWidth} ${focused.outlineColor}`,
    };
  });
}

/**
 * Opens the page as an engine from before light-dark() reads it (Safari before 17.5, Firefox
 * before 120, Chrome before 123): every light-dark() is a function it does not know. The page's
 * CSP hashes its inline styles, which the rewrite changes, so the rewritten page goes without it.
 */
async function openWithoutLightDark(page: Page): Promise<void> {
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/light-dark\(/g, 'unknown-function(')
      .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`without light-dark(), a ${scheme} device gets the same colours and focus ring`, async ({ page, browser }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const today = await palette(page);
    const old = await browser.newPage();
    await old.emulateMedia({ colorScheme: scheme });
    await openWithoutLightDark(old);
    expect(await old.evaluate(() => CSS.supports('color', 'unknown-function(#000, #fff)'))).toBe(false);
    expect(await palette(old)).toEqual(today);
    await old.close();
  });
}

test('without light-dark(), the reader’s dark choice on a light device still applies', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await palette(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await openWithoutLightDark(page);
  await page.getByText('Display').click();
  await page.getByText('Dark', { exact: true }).click();
  await page.reload(); // the choice is kept, and the keyboard's focus ring shows on the next visit
  expect(await palette(page)).toEqual(dark);
});
