/**
 * The seed article's performance budget, in bytes: deterministic counts on its built site, never
 * timings. The budgets that hold at any length run on every publication (first-view.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { BUDGET, brotliSize } from '../budget.ts';
import { distFiles } from './dist.ts';
import { describeFaces, fontFaces } from './font-faces.ts';
import { join } from 'node:path';

test(`index.html is at most ${BUDGET.htmlBrotli} bytes with brotli: one TCP round trip`, ({ publication }) => {
  expect(brotliSize(readFileSync(join(publication.dist, 'index.html'), 'utf8'))).toBeLessThanOrEqual(BUDGET.htmlBrotli);
});

async function firstView(page: import('@playwright/test').Page) {
  const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
  const onResponse = (r: import('@playwright/test').Response) => {
    pending.push(
      r.body().then((body) => {
        const encoded = r.headers()['content-encoding'] === 'br';
        return { url: r.url(), type: r.request().resourceType(), bytes: encoded ? Number(r.headers()['content-length']) : body.length };
      }),
    );
  };
  page.on('response', onResponse);
  await page.goto('/', { waitUntil: 'networkidle' });
  // Every body read, including a response that came while the others were read (the favicon can
  // come late); then stop listening, so no body is asked for after the test closes the page.
  let read = -1;
  while (read !== pending.length) {
    read = pending.length;
    await Promise.all(pending);
  }
  page.off('response', onResponse);
  return Promise.all(pending);
}

test('the first view is one HTML request, plus the favicon', async ({ page }) => {
  const responses = await firstView(page);
  expect(responses.filter((r) => r.type === 'document')).toHaveLength(1);
  expect(responses.filter((r) => r.type !== 'document').every((r) => /favicon/.test(r.url))).toBe(true);
  expect(responses.length).toBeLessThanOrEqual(2);
});

test(`the first view (the page and all it loads) is at most ${BUDGET.firstViewBrotli} bytes, from this origin only`, async ({
  page,
  baseURL,
}) => {
  const responses = await firstView(page);
  const total = responses.reduce((n, r) => n + r.bytes, 0);
  expect(total).toBeLessThanOrEqual(BUDGET.firstViewBrotli);
  expect(responses.filter((r) => r.type === 'font')).toEqual([]);
  for (const r of responses) expect(new URL(r.url).origin).toBe(new URL(baseURL!).origin);
});

test(`all the site's JavaScript, the modules loaded on first use too, is at most ${BUDGET.allScriptBrotli} bytes with brotli`, ({
  publication,
}) => {
  const html = readFileSync(join(publication.dist, 'index.html'), 'utf8');
  const chunks = distFiles(publication.dist).filter((f) => f.endsWith('.js'));
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const total = brotliSize([...inline, ...chunks.map((f) => readFileSync(join(publication.dist, f), 'utf8'))].join('\n'));
  expect(chunks.length).toBeGreaterThan(0); // Listen and quote sharing load on first use
  expect(total).toBeLessThanOrEqual(BUDGET.allScriptBrotli);
});

for (const width of [390, 1280]) {
  test(`the page's layout asks for at most ${BUDGET.fontFaces} fonts (face, size, weight), at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const faces = await fontFaces(page);
    expect(faces.size, describeFaces(faces)).toBeLessThanOrEqual(BUDGET.fontFaces);
    // Counted, not assumed: the title and the running text are found, each in a face of its own.
    expect([...faces.values()]).toEqual(expect.arrayContaining(['h1.article-title', 'p']));
  });
}

test('a page of plain prose is sent nothing of the toolkit it does not use: no rule for formulas, callouts, citations or what opens in place', async ({
  page,
}) => {
  await page.goto('/');
  const css = (await page.locator('style').allTextContents()).join('\n');
  // The selectors the explanatory toolkit's stylesheets are made of (math.css and Temml's,
  // callouts.css, references.css, in-place.css): none is in a page whose article uses none.
  for (const selector of [/\bmath\b/, /\.callout/, /\.citation/, /\.reference/, /\[popover\]|:popover-open/])
    expect(css).not.toMatch(selector);
  expect(await page.locator('math, [popover], .callout, [role="doc-bibliography"]').count()).toBe(0);
});
