import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Presses Tab through the whole page and checks that focus meets the skip link first, then every
 * visible link and control in document order (nothing skipped, nothing out of order), each with a
 * focus ring of at least 2px. Elements taken out of the tab order (tabindex="-1") are not expected.
 */
export async function walkWithTab(page: Page): Promise<void> {
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href]:not([tabindex="-1"]), button, summary, [tabindex="0"]')]
      // What a reader can reach: not what a closed <details> holds (it keeps boxes, unrendered).
      .filter((el) => el.checkVisibility() || el.classList.contains('skip-link'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const visited: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { html: el.outerHTML.slice(0, 80), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    expect(focus.outline, `focus ring on ${focus.html}`).toBe(true);
    visited.push(focus.html);
  }
  expect(visited[0]).toContain('skip-link');
  expect(visited).toEqual(expected);
}
