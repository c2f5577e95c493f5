import type { Page } from '@playwright/test';

/**
 * Collects what a page reports as wrong: console errors, uncaught exceptions and CSP violations
 * (Chromium logs those as console messages). Every browser run in the tests checks the list is
 * empty: the Playwright specs through fixtures.ts, the node:test builds through page-checks.ts.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}
