/**
 * Hardening, on each of the product's publications: security policy and headers, privacy,
 * accessibility in the reader's own schemes, the keyboard. Valid HTML, axe in light and dark,
 * links and narrow screens: the writer's check (tests/article-check/page.spec.ts).
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations } from '../axe.ts';
import { walkWithTab } from './keyboard-walk.ts';
import { SETTINGS_KEY } from '../../src/scripts/reader-settings-values.ts';

/** A policy's directives, by name, each with its sources in order. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) parsed.set(name, values);
  }
  return parsed;
}

const cspOf = async (page: Page) => directives((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!);
const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

for (const path of ['/', '/no-such-page']) {
  test.describe(`the policy of ${path}`, () => {
    test.use({ allowedConsole: path === '/' ? null : /status of 404/ });

    test('a strict CSP, exactly: nothing but these directives, and no source but self, data: images and a hash of each inline script and style', async ({
      page,
    }) => {
      await page.goto(path);
      const csp = await cspOf(page);
      expect([...csp.keys()].sort()).toEqual([
        'base-uri',
        'connect-src',
        'default-src',
        'form-action',
        'img-src',
        'script-src',
        'style-src',
      ]);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
      // The one allowance: auditors fetch /robots.txt from inside the page.
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src']) {
        const [self, ...hashes] = csp.get(name)!;
        expect(self, name).toBe("'self'");
        for (const source of hashes) expect(source, name).toMatch(HASH);
      }
      const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const inline = await page.evaluate(() => ({
        // What runs: not the data blocks (JSON-LD, the script's words), which no browser runs and no CSP governs.
        scripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')].map(
          (s) => s.textContent ?? '',
        ),
        styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      }));
      expect(inline.scripts.length).toBeGreaterThan(0);
      for (const s of inline.scripts) expect(csp.get('script-src')).toContain(sha(s));
      for (const s of inline.styles) expect(csp.get('style-src')).toContain(sha(s));
      expect(await page.locator('[style]').count()).toBe(0); // the CSP allows no style attribute
    });

    test('responses carry the security headers of _headers, the header policy exactly what a <meta> cannot say', async ({ request }) => {
      const headers = (await request.get(path)).headers();
      const policy = directives(headers['content-security-policy']!);
      expect(Object.fromEntries(policy)).toEqual({
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'object-src': ["'none'"],
      });
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['strict-transport-security']).toContain('max-age=');
      expect(headers['x-frame-options']).toBe('DENY');
    });
  });
}

test.describe('the 404 page', () => {
  test.use({ allowedConsole: /status of 404/ });

  test('is no address of its own: served 404, with no canonical URL, and kept out of search (noindex)', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test.describe('framing', () => {
  test.use({ allowedConsole: /frame-ancestors/ });

  test('another site cannot show the page in a frame', async ({ page, baseURL }) => {
    // A second origin (another port) serves a page that frames the article.
    const article = new URL('/', baseURL).href;
    const other = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>framer</title><iframe src="${article}" title="framed"></iframe>`);
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const refusals: string[] = [];
    page.on('console', (m) => /frame-ancestors/.test(m.text()) && refusals.push(m.text()));
    try {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      await expect.poll(() => refusals.length).toBeGreaterThan(0);
      const framed = page.frames().find((f) => f !== page.mainFrame())!;
      expect(await framed.locator('.article-title').count()).toBe(0);
    } finally {
      other.close();
    }
  });
});

test.describe('privacy', () => {
  test.use({ allowedConsole: /status of 404/ });

  test('the page asks nothing of any other origin, whatever the reader does', async ({ page, baseURL, publication }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: publication.words.copyCitation }).click();
    await page.emulateMedia({ media: 'print' });
    await page.goto('/no-such-page');
    expect(requests.length).toBeGreaterThan(1);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });
});

// Beyond the writer's check's widths (320 and 1280 px; the 404 page at 390 px): the product's own.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe('axe on the 404 page', () => {
    test.use({ allowedConsole: /status of 404/ });

    test(`no WCAG 2.2 AA violations: ${colorScheme}, 1280px`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/no-such-page');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

for (const width of [390, 1920]) {
  test(`nothing scrolls sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}

for (const theme of ['light', 'sepia', 'dark']) {
  for (const width of [390, 1280]) {
    test(`no WCAG 2.2 AA violations with the reader’s ${theme} page chosen, its panel open, at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify({ theme })] as const);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.locator('details.settings > summary').click(); // the open panel too
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('Tab walks skip link first, then every link and control in reading order, each with a visible focus ring', async ({
  page,
  publication,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // The controls the script adds once the page has painted.
  await expect(page.getByRole('button', { name: publication.words.share })).toBeVisible();
  await expect(page.getByRole('button', { name: publication.words.copyBibtex })).toBeAttached();
  await walkWithTab(page);
});
