/** Reader settings: text size and page colours, chosen in the masthead, kept, applied before the first paint. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { contrastRatio, rgbOf } from './colour.ts';
import { PALETTE } from '../../src/styles/palette.ts';
import { charactersPerLine } from './measure.ts';

const colours = (page: Page) =>
  page
    .locator('.prose p')
    .first()
    .evaluate((p) => ({ ink: getComputedStyle(p).color, paper: getComputedStyle(document.body).backgroundColor }));
const textSize = (page: Page) =>
  page
    .locator('.prose p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

/** Opens the control with the keyboard and picks `label` in it, as a keyboard-only reader would. */
async function choose(page: Page, label: string) {
  const summary = page.locator('details.settings > summary');
  await summary.focus();
  if (!(await page.locator('details.settings').evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
  const option = page.getByRole('radio', { name: label, exact: true });
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
}

test('the control is labelled, opens from the keyboard, and closes on Escape', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('details.settings > summary');
  await expect(summary).toBeVisible();
  await expect(summary).toHaveText('Display');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio')).toHaveCount(5);
  await expect(page.getByRole('group', { name: 'Colours' }).getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('radio', { name: 'Default' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'As the device' })).toBeChecked();
  await page.getByRole('radio', { name: 'Sepia' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeHidden();
  await expect(summary).toBeFocused();
});

test('sepia and dark change the page at once, and the choice is kept, applied before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const device = await colours(page);
  await choose(page, 'Sepia');
  const sepia = await colours(page);
  expect(sepia.paper).toBe('rgb(244, 236, 216)');
  expect(contrastRatio(sepia.ink, sepia.paper)).toBeGreaterThanOrEqual(7);
  await choose(page, 'Dark');
  const dark = await colours(page);
  expect(dark.paper).not.toBe(device.paper);
  expect(contrastRatio(dark.ink, dark.paper)).toBeGreaterThanOrEqual(7);
  // On the next visit the choice is on <html> before <body> exists: no flash of the device's colours.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await colours(page)).toEqual(dark);
  await expect(page.getByRole('radio', { name: 'Dark', includeHidden: true })).toBeChecked();
  // Back to the device's scheme.
  await choose(page, 'As the device');
  expect(await colours(page)).toEqual(device);
});

test("the browser's own bar takes the chosen page colour, and the device's again without a choice", async ({ page }) => {
  const bar = () => page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => (m as HTMLMetaElement).content));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const device = await bar();
  expect(device).toHaveLength(2); // one for each device scheme
  for (const theme of ['Sepia', 'Dark']) {
    await choose(page, theme);
    const { paper } = await colours(page);
    expect(await bar()).toEqual([paper, paper]);
  }
  await page.reload(); // a choice kept from an earlier visit tints the bar too
  expect(await bar()).toEqual(Array(2).fill((await colours(page)).paper));
  await choose(page, 'As the device');
  expect(await bar()).toEqual(device);
});

test('a chosen light page wins over a dark device', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await choose(page, 'Light');
  expect((await colours(page)).paper).toBe(rgbOf(PALETTE.light.paper));
});

test('text size steps up and down, is kept, and the column keeps its line length', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const base = await textSize(page);
  const baseLine = await charactersPerLine(page);
  const sizes: number[] = [];
  for (const label of ['Small', 'Smaller', 'Default', 'Larger', 'Largest']) {
    await choose(page, label);
    sizes.push(await textSize(page));
    // The column grows with the text: a line holds as many characters at every size.
    expect(Math.abs((await charactersPerLine(page)) - baseLine), label).toBeLessThanOrEqual(3);
  }
  expect(sizes[2]).toBe(base);
  expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  expect(new Set(sizes).size).toBe(5);
  await page.reload();
  expect(await textSize(page)).toBe(sizes[4]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
});

test('print is black on white, whatever the reader chose', async ({ page }) => {
  await page.goto('/');
  for (const label of ['Sepia', 'Dark']) {
    await choose(page, label);
    await page.emulateMedia({ media: 'print' });
    expect(await colours(page)).toEqual({ ink: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
    expect(await textSize(page)).toBeCloseTo((11 * 96) / 72, 1); // 11pt, not the screen's size
    await page.emulateMedia({ media: 'screen' });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no settings control, and the page follows the device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('details.settings')).toBeHidden();
    expect((await colours(page)).paper).toBe(rgbOf(PALETTE.dark.paper));
  });
});
