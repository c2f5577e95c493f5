import type { Page } from '@playwright/test';

/** A scripted stand-in for the Web Share sheet (headless Chromium has none): it records each call. */
export async function fakeShare(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { shareCalls: calls });
    Object.defineProperty(Navigator.prototype, 'share', { value: async (data: unknown) => void calls.push(data), configurable: true });
  });
}

/** What the page has asked the share sheet to share, in order. */
export const shareCalls = <T = unknown>(page: Page): Promise<T[]> =>
  page.evaluate(() => (window as unknown as { shareCalls: T[] }).shareCalls);
