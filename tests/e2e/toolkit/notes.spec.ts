/** Notes (GFM footnotes with margin copies) and asides, on the showcase. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { SETTINGS_KEY } from '../../../src/scripts/reader-settings-values.ts';

test.describe('notes', () => {
  test('a reference is a link named "Note 1" to a numbered note under a "Notes" heading, which links back', async ({ page }) => {
    await open(page, 1440); // where notes stand in the margin; below it a note opens in place (notes-in-place.spec.ts)
    const ref = page.getByRole('link', { name: 'Note 1', exact: true });
    await expect(ref).toHaveText('1');
    await expect(page.getByRole('heading', { level: 2, name: 'Notes' })).toBeVisible();
    await ref.click();
    await expect(page).toHaveURL(/#fn-visits$/);
    const note = page.locator('#fn-visits');
    await expect(note).toBeInViewport();
    await note.getByRole('link', { name: 'Back to the text of note 1' }).click();
    await expect(page).toHaveURL(/#fnref-visits$/);
    await expect(ref).toBeInViewport();
  });

  for (const [width, role] of [
    [390, 'button'],
    [1440, 'link'],
  ] as const) {
    test(`a reference stands tight to the word before it, and takes a tap above, below and after its number, not on that word (the ${role}, at ${width}px)`, async ({
      page,
    }) => {
      await open(page, width); // on a phone the reference is the button that opens the note in place
      const { gap, onWord, above, below, after } = await page.getByRole(role, { name: 'Note 1', exact: true }).evaluate((ref) => {
        const box = (node: Node, start: number, end: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          return range.getBoundingClientRect();
        };
        ref.scrollIntoView({ block: 'center' }); // a point off the screen hits nothing
        const before = ref.parentElement!.previousSibling!; // the text the reference follows ("…expects.")
        const word = box(before, before.textContent!.length - 1, before.textContent!.length);
        const number = box(ref.firstChild!, 0, 1);
        const em = parseFloat(getComputedStyle(ref).fontSize);
        const hit = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('a, button') === ref;
        const middle = number.top + number.height / 2;
        return {
          gap: number.left - word.right,
          // A press on the word's last letter selects the word (as a reader quoting it would want).
          onWord: hit(word.left + word.width / 2, word.top + word.height / 2),
          above: hit(number.left + number.width / 2, number.top - 0.25 * em),
          below: hit(number.left + number.width / 2, number.bottom + 0.25 * em),
          after: hit(number.right + 0.15 * em, middle),
        };
      });
      expect(Math.abs(gap)).toBeLessThan(0.5);
      expect(onWord).toBe(false);
      expect([above, below, after]).toEqual([true, true, true]);
    });
  }

  test('on a wide screen each note also sits in the margin beside its line, hidden from screen readers; on a phone it does not', async ({
    page,
  }) => {
    await open(page, 1440);
    const column = (await page.locator('.prose > p').first().boundingBox())!;
    const ref = (await page.locator('#fnref-visits').boundingBox())!;
    const sidenote = page.locator('.sidenote').first();
    await expect(sidenote).toBeVisible();
    await expect(sidenote).toHaveAttribute('aria-hidden', 'true');
    await expect(sidenote).toContainText('Based on visits to three such libraries');
    const box = (await sidenote.boundingBox())!;
    expect(box.x).toBeGreaterThan(column.x + column.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    expect(Math.abs(box.y - ref.y)).toBeLessThan(40); // on the reference's line
    const aside = (await page.getByRole('note').filter({ hasText: 'The tally counts loans' }).boundingBox())!;
    expect(aside.x).toBeGreaterThan(column.x + column.width);
    await open(page, 390);
    await expect(page.locator('.sidenote').first()).toBeHidden();
    const narrowColumn = (await page.locator('.prose > p').first().boundingBox())!;
    const narrowAside = (await page.getByRole('note').filter({ hasText: 'The tally counts loans' }).boundingBox())!;
    expect(narrowAside.x + narrowAside.width).toBeLessThanOrEqual(narrowColumn.x + narrowColumn.width + 1);
  });

  test('the largest reader text sizes keep the notes at the end until the margin is wide enough', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: 5 })), SETTINGS_KEY);
    await open(page, 1280);
    await expect(page.locator('html')).toHaveAttribute('data-size', '5');
    await expect(page.locator('.sidenote').first()).toBeHidden();
    await open(page, 1600);
    await expect(page.locator('.sidenote').first()).toBeVisible();
  });
});
