/** Tables, on the showcase. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';

test.describe('tables', () => {
  test('a table reads in a named, focusable region, numbers aligned as the Markdown asks', async ({ page }) => {
    await open(page, 320);
    const region = page.getByRole('region', { name: 'Table 1: Shelf Kind of book Volumes Borrowed in March' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const align = await region.locator('tbody tr').first().locator('td').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
    expect(align).toEqual(['left', 'left', 'right', 'right']);
  });
});

