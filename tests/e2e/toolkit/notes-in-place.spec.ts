/** Notes in place: below the margin's width, a note opens over the text, on the showcase. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { SETTINGS_KEY } from '../../../src/scripts/reader-settings-values.ts';

const NOTE = 'Based on visits to three such libraries in 2023 and 2024. Names are withheld at the librarians’ request.';

test.describe('notes in place', () => {
  test('on a phone a reference opens its note over the text, the page not moving; Esc closes it and the reader is where they were', async ({
    page,
  }) => {
    await open(page, 390);
    const ref = page.getByRole('button', { name: 'Note 1', exact: true });
    await ref.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await ref.click();
    const note = page.getByRole('note', { name: 'Note 1' });
    await expect(note).toBeVisible();
    await expect(note).toContainText(NOTE);
    await expect(note).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(before); // no jump to the end
    await expect(page).not.toHaveURL(/#fn-/);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });

  test('by keyboard: Tab reaches the reference, Enter opens the note, a tap outside closes it; the link to the end is not a second stop', async ({
    page,
  }) => {
    await open(page, 390);
    const ref = page.getByRole('button', { name: 'Note 1', exact: true });
    await ref.focus();
    await expect(ref).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('note', { name: 'Note 1' })).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(page.getByRole('note', { name: 'Note 1' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Note 1', exact: true })).toBeHidden();
  });

  test('where notes stand in the margin, the reference is the link to the numbered note, as in print', async ({ page }) => {
    await open(page, 1440);
    await expect(page.getByRole('link', { name: 'Note 1', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Note 1', exact: true })).toBeHidden();
    await open(page, 390);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: 'Note 1', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Note 1', exact: true })).toBeHidden();
  });

  test('at the largest text sizes, where notes leave the margin, they open in place there too', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: 5 })), SETTINGS_KEY);
    await open(page, 1440);
    await expect(page.locator('html')).toHaveAttribute('data-size', '5');
    await expect(page.locator('.sidenote').first()).toBeHidden();
    await page.getByRole('button', { name: 'Note 1', exact: true }).click();
    await expect(page.getByRole('note', { name: 'Note 1' })).toContainText(NOTE);
  });
});
