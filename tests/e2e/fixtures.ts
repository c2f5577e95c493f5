import { test as base, expect } from '@playwright/test';
import { watchProblems } from '../console-guard.ts';

/**
 * Every browser test fails on a console error, an uncaught exception or a CSP violation in
 * the page, unless the test expects the message: `test.use({ allowedConsole: /pattern/ })`.
 */
export const test = base.extend<{ allowedConsole: RegExp | null; consoleGuard: void }>({
  allowedConsole: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowedConsole }, use) => {
      const problems = watchProblems(page);
      await use();
      expect(problems.filter((p) => !allowedConsole?.test(p))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
