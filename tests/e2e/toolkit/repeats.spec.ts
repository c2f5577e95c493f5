/**
 * What the toolkit's declaration says repeats the text (`repeats` in src/toolkit/elements.ts: a
 * pull quote, a note's margin copy) is seen, but hidden from screen readers, so they meet the
 * words once: a new element declared as repeating is held to it here without a test of its own.
 */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { REPEAT_CLASSES } from '../../../src/toolkit/elements.ts';

test('every repeat on the page is visible and aria-hidden, its links out of the Tab order', async ({ page }) => {
  await open(page, 1440); // wide enough for the margin copies to show
  for (const name of REPEAT_CLASSES) {
    const repeats = await page.locator(`.${name}`).all();
    expect(repeats.length, `the showcase shows a .${name}`).toBeGreaterThan(0);
    for (const repeat of repeats) {
      await expect(repeat).toBeVisible();
      await expect(repeat).toHaveAttribute('aria-hidden', 'true');
      for (const link of await repeat.locator('a').all()) await expect(link).toHaveAttribute('tabindex', '-1');
    }
  }
});
