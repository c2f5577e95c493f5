/** Hardening: security policy and headers, privacy, valid HTML, accessibility, keyboard, links. */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { distFiles, distHtml } from './dist.ts';
import { AXE_TAGS, htmlProblems } from '../build/page-checks.ts';
import { walkWithTab } from './keyboard-walk.ts';

async function cspOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const policy = new Map<string, string[]>();
  for (const part of content!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

test('the page carries a strict CSP that hashes each of its inline scripts and styles', async ({ page }) => {
  await page.goto('/');
  const csp = await cspOf(page);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // The one allowance: auditors fetch /robots.txt from inside the page.
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  const scriptSrc = csp.get('script-src')!;
  const styleSrc = csp.get('style-src')!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(styleSrc).not.toContain("'unsafe-inline'");
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  expect(inline.scripts.length).toBeGreaterThan(0);
  for (const s of inline.scripts) expect(scriptSrc).toContain(sha(s));
  for (const s of inline.styles) expect(styleSrc).toContain(sha(s));
});

test('responses carry the security headers of _headers', async ({ request }) => {
  const headers = (await request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-frame-options']).toBe('DENY');
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

  test('the page asks nothing of any other origin, whatever the reader does', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.goto('/no-such-page');
    expect(requests.length).toBeGreaterThan(1);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });
});

test('every built HTML file is valid HTML (html-validate, recommended + document)', async () => {
  const files = distHtml();
  expect(files.map((f) => f.file).sort()).toEqual(['404.html', 'index.html']);
  for (const { file, html } of files) expect(await htmlProblems(html, file)).toEqual([]);
});

for (const path of ['/', '/no-such-page']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test.describe(`axe on ${path}`, () => {
        test.use({ allowedConsole: /status of 404/ });

        test(`no WCAG 2.2 AA violations: ${colorScheme}, ${width}px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      });
    }
  }
}

test('Tab walks skip link first, then every link and control in reading order, each with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // The controls the script adds once the page has painted.
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy BibTeX' })).toBeAttached();
  await walkWithTab(page);
});

test('every in-page link points at an id, and every internal link at a built file', async () => {
  const files = new Set(distFiles());
  for (const { file, html } of distHtml()) {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (href!.startsWith('#')) {
        expect(ids.has(decodeURIComponent(href!.slice(1))), `${file}: ${href}`).toBe(true);
      } else if (href!.startsWith('/')) {
        const path = decodeURIComponent(new URL(href!, 'http://x').pathname).slice(1);
        const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        expect(files.has(target) || files.has(`${target}.html`), `${file}: ${href}`).toBe(true);
      }
    }
  }
});
