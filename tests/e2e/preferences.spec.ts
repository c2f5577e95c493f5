/**
 * Readers who have set their browser up their own way: forced colours (Windows' contrast themes),
 * reduced motion, and 400% zoom (WCAG's reflow: a 1280 px screen at 400% is 320 CSS px wide and
 * 256 tall). Each mark, aid and control still shows, and nothing is lost. (200% zoom and the
 * anchors' fade: reading.spec.ts.)
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fakeSpeech } from './fake-speech.ts';

/** What is painted in and just around an element. */
async function painted(page: Page, element: Locator): Promise<Buffer> {
  const box = (await element.boundingBox())!;
  return page.screenshot({ clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 } });
}

test.describe('forced colours', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('the block Listen is reading is still marked', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.goto('/');
    const title = page.getByRole('heading', { level: 1 });
    const before = await painted(page, title);
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(page.getByRole('region', { name: 'Listen' })).toBeVisible();
    await page.keyboard.press('Escape'); // focus off the bar: only the mark differs
    expect((await painted(page, title)).equals(before), 'the title, read aloud, looks as before').toBe(false);
  });

  test('the section a link leads to is still marked', async ({ page }) => {
    await page.goto('/');
    const heading = page.locator('.prose h2').first();
    const before = await painted(page, heading);
    const id = await heading.getAttribute('id');
    await page.goto(`/#${id}`);
    expect((await painted(page, heading)).equals(before), 'the linked section looks as before').toBe(false);
  });

  test('keyboard focus is still shown', async ({ page }) => {
    await page.goto('/');
    const link = page.locator('nav.contents a').first();
    const before = await painted(page, link);
    await page.keyboard.press('Tab'); // the skip link: from here on, focus is the keyboard's
    await link.focus();
    expect((await painted(page, link)).equals(before), 'the focused link looks as before').toBe(false);
  });
});

test('with reduced motion, the reading-progress bar still follows the scroll: empty at the top, half-way at the middle', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  const drawn = () =>
    page.locator('.reading-progress').evaluate((el) => el.getBoundingClientRect().width / document.documentElement.clientWidth);
  expect(await drawn()).toBeCloseTo(0, 2);
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(drawn).toBeCloseTo(0.5, 1);
});

test.describe('at 400% zoom (320 × 256 CSS px)', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
  });

  test('nothing scrolls sideways, and the text keeps most of the screen while the resume notice shows', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await page
      .locator('.prose > p')
      .nth(3)
      .evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('reading-position:')))).toBe(true);
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Where you left off' });
    await expect(notice).toBeVisible();
    const { height } = (await notice.boundingBox())!;
    expect(height, 'the notice covers at most a third of the screen').toBeLessThanOrEqual(256 / 3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  });

  test('the Listen bar leaves the text most of the screen, and its controls fit', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.goto('/');
    await page.getByRole('button', { name: 'Listen' }).click();
    const bar = page.getByRole('region', { name: 'Listen' });
    await expect(bar).toBeVisible();
    const box = (await bar.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(256 / 3);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    for (const name of ['Pause', 'Stop']) await expect(bar.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  });
});
