/** The performance budget, in bytes: deterministic counts on the built site, never timings. */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { BUDGET, brotliSize } from '../budget.ts';
import { distFiles } from './dist.ts';
import { describeFaces, fontFaces } from './font-faces.ts';
import { join } from 'node:path';

const html = readFileSync('dist/index.html', 'utf8');

test(`index.html is at most ${BUDGET.htmlBrotli} bytes with brotli: one TCP round trip`, () => {
  expect(brotliSize(html)).toBeLessThanOrEqual(BUDGET.htmlBrotli);
});

test('its CSS is inlined and nothing blocks rendering', () => {
  expect(html).toMatch(/<style>/);
  expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
  // A classic script blocks parsing: the one allowed is the tiny inline one in <head> that must run
  // before the first paint (the reader's settings). Everything else is a module (deferred by nature).
  const head = html.slice(0, html.indexOf('</head>'));
  const classic = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(classic).toHaveLength(1);
  expect(head).toContain(classic[0]![0]);
  expect(Buffer.byteLength(classic[0]![1]!)).toBeLessThanOrEqual(BUDGET.headScriptBytes);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/type="application\/ld\+json"/.test(tag) && tag !== '<script>');
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/type="module"/);
});

test('the first paint waits for the title and nothing else', async ({ page }) => {
  await page.goto('/');
  const blocking = await page.evaluate(() =>
    [...document.querySelectorAll('[blocking]')].map((el) => {
      const href = el.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      return { inHead: el.parentElement === document.head, rel: el.getAttribute('rel'), blocking: el.getAttribute('blocking'), target: target?.matches('main h1') ? 'title' : (target?.tagName ?? 'none') };
    }),
  );
  // One `expect` link, in <head>, naming the page's title: a renamed id would leave the page
  // unpainted until it is all parsed.
  expect(blocking).toEqual([{ inHead: true, rel: 'expect', blocking: 'render', target: 'title' }]);
});

/**
 * Everything the browser fetches to show the page, as sent over the wire (brotli where offered).
 * Each body is read asynchronously, so every read is awaited before the sizes are summed.
 */
async function firstView(page: import('@playwright/test').Page) {
  const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then((body) => {
        const encoded = r.headers()['content-encoding'] === 'br';
        return { url: r.url(), type: r.request().resourceType(), bytes: encoded ? Number(r.headers()['content-length']) : body.length };
      }),
    );
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  return Promise.all(pending);
}

test('the first view is one HTML request, plus the favicon', async ({ page }) => {
  const responses = await firstView(page);
  expect(responses.filter((r) => r.type === 'document')).toHaveLength(1);
  expect(responses.filter((r) => r.type !== 'document').every((r) => /favicon/.test(r.url))).toBe(true);
  expect(responses.length).toBeLessThanOrEqual(2);
});

test(`the first view (the page and all it loads) is at most ${BUDGET.firstViewBrotli} bytes, from this origin only`, async ({ page, baseURL }) => {
  const responses = await firstView(page);
  const total = responses.reduce((n, r) => n + r.bytes, 0);
  expect(total).toBeLessThanOrEqual(BUDGET.firstViewBrotli);
  expect(responses.filter((r) => r.type === 'font')).toEqual([]);
  for (const r of responses) expect(new URL(r.url).origin).toBe(new URL(baseURL!).origin);
});

test(`all the site's JavaScript, the modules loaded on first use too, is at most ${BUDGET.allScriptBrotli} bytes with brotli`, () => {
  const chunks = distFiles().filter((f) => f.endsWith('.js'));
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const total = brotliSize([...inline, ...chunks.map((f) => readFileSync(join('dist', f), 'utf8'))].join('\n'));
  expect(chunks.length).toBeGreaterThan(0); // Listen and quote sharing load on first use
  expect(total).toBeLessThanOrEqual(BUDGET.allScriptBrotli);
});

test(`the first view's JavaScript is at most ${BUDGET.scriptBrotli} bytes with brotli`, async ({ page }) => {
  await page.goto('/');
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => (s as HTMLScriptElement).src || s.textContent || ''),
  );
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((s) => !/^https?:/.test(s))).toBe(true); // inline: no extra request
  expect(brotliSize(scripts.join('\n'))).toBeLessThanOrEqual(BUDGET.scriptBrotli);
});

for (const width of [390, 1280]) {
  test(`no layout shift while the page loads and is read, at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number; shifted: string[] };
      w.cls = 0;
      w.shifted = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
          if (e.hadRecentInput) continue;
          w.cls += e.value;
          w.shifted.push(...e.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/', { waitUntil: 'load' });
    // Read through the page a screen at a time, letting each screen paint, to the end.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
      }
      await frame();
    });
    const { cls, shifted } = await page.evaluate(() => {
      const w = window as unknown as { cls: number; shifted: string[] };
      return { cls: w.cls, shifted: w.shifted };
    });
    expect(cls, `shifted: ${shifted.join(' | ')}`).toBe(BUDGET.cls);
  });
}

test('every image has its dimensions before it loads', async ({ page }) => {
  await page.goto('/');
  const undimensioned = await page.evaluate(() =>
    [...document.querySelectorAll('img, svg, video, iframe')]
      .filter((el) => el.closest('svg') === el || !el.closest('svg'))
      .filter((el) => !(el.getAttribute('width') && el.getAttribute('height')))
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  expect(undimensioned).toEqual([]);
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
