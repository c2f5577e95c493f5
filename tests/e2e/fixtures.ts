import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception or a CSP violation in
 * the page, unless the test expects the message: `test.use({ allowedConsole: /pattern/ })`.
 */
export const test = base.extend<{ allowedConsole: RegExp | null; consoleGuard: void }>({
  allowedConsole: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await use();
      expect(problems.filter((p) => !allowedConsole?.test(p))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
