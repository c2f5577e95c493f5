import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception or a CSP violation in
 * the page, unless the test lists the message as expected in `allowedConsole`.
 */
export const test = base.extend<{ allowedConsole: RegExp[]; consoleGuard: void }>({
  allowedConsole: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await use();
      expect(problems.filter((p) => !allowedConsole.some((re) => re.test(p)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
