/**
 * Faults real browsers throw, survived: storage full (QuotaExceededError on setItem, as a browser
 * with a spent quota throws) and storage refused (SecurityError on reading localStorage, as
 * Firefox with cookies blocked throws). No uncaught error (the fixtures' guard fails the test on
 * one), the page reads, and the reader's choices still apply for the visit.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Scrolls into the middle of the article, as a reader does (not to its end, where the place is forgotten). */
async function read(page: Page) {
  await page.mouse.move(640, 350);
  await page.mouse.wheel(0, 900);
}

test('storage full: the reading position is not kept, nothing throws, and the chosen colours still apply', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { refusedWrites: number };
    w.refusedWrites = 0;
    Storage.prototype.setItem = function () {
      w.refusedWrites++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await read(page);
  // The page tried to keep the place, and was refused (the sign that its handler ran).
  await expect.poll(() => page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites)).toBeGreaterThan(0);
  await page.locator('details.settings > summary').click();
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('storage refused: the page reads and its controls work, with nothing kept and nothing thrown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await read(page);
  await page.locator('details.settings > summary').click();
  await page.getByLabel('Sepia').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(page.locator('.resume')).toHaveCount(0);
});
