/** Code blocks, on the showcase: a named scrolling region, highlighting by class in both schemes, Copy. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';

test.describe('code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each block is a named, focusable region whose long line scrolls inside it, never the page', async ({ page }) => {
    await open(page, 390);
    const block = page.getByRole('region', { name: 'Code sample 1: JavaScript' });
    await expect(block).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('region', { name: 'Code sample 2: Shell' })).toBeVisible();
    const { scroll, client } = await block.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await block.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('highlighting comes from classes, with other colours in the dark scheme', async ({ page }) => {
    const colours = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      return page
        .locator('.code-scroll .tok-keyword')
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light).not.toBe(dark);
    expect(light).not.toBe(
      await page
        .locator('pre.code')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    );
  });

  test('Copy puts the code, exactly, on the clipboard and says so', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Copy code sample 2' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('node shelf-list.js catalogue.csv > door.txt');
    await expect(page.locator('.announcer')).toHaveText('Code sample 2 copied');
  });
});
