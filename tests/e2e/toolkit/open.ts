import type { Page } from '@playwright/test';

/** Opens the showcase (the project's baseURL) at a width, 900 px tall. */
export async function open(page: Page, width = 1280, path = '/'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
}
