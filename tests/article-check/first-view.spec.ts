/**
 * The budgets that hold for an article of any length and language: the first view arrives in
 * one round trip with its styles, nothing blocks rendering but the title, the first view's
 * JavaScript is small, nothing shifts, every image is sized. The whole page's byte budget is the
 * seed's alone (tests/e2e/budget.spec.ts): a longer article is rightly larger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Element } from 'hast';
import { expect, test } from './fixture.ts';
import { BUDGET, brotliSize } from '../budget.ts';
import type { CheckedArticle } from './article.ts';

const pageHtml = (article: CheckedArticle) => readFileSync(join(article.dist, 'index.html'), 'utf8');

test(`the first view, with its styles, is in the first ${BUDGET.htmlBrotli} bytes of the compressed page: one round trip, at a phone's and a desktop's size`, async ({
  page,
  article,
}) => {
  const html = pageHtml(article);
  const body = select('.prose', fromHtml(html))!;
  const blocks = body.children.filter((c): c is Element => c.type === 'element');
  let end = 0;
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('');
    // The first block of the body that starts below the screen: all before it is the first view.
    const below = await page
      .locator('.prose > *')
      .evaluateAll((els) => els.findIndex((el) => el.getBoundingClientRect().top >= innerHeight));
    end = Math.max(end, below === -1 ? html.length : blocks[below]!.position!.start.offset!);
  }
  expect(end).toBeGreaterThan(html.indexOf('</style>')); // the styles come first
  expect(brotliSize(html.slice(0, end))).toBeLessThanOrEqual(BUDGET.htmlBrotli);
});

test('its CSS is inlined and nothing blocks rendering', ({ article }) => {
  const html = pageHtml(article);
  expect(html).toMatch(/<style>/);
  expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
  // A classic script blocks parsing: the one allowed is the tiny inline one in <head> that must run
  // before the first paint (the reader's settings). Everything else is a module (deferred by nature).
  const head = html.slice(0, html.indexOf('</head>'));
  const classic = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(classic).toHaveLength(1);
  expect(head).toContain(classic[0]![0]);
  expect(Buffer.byteLength(classic[0]![1]!)).toBeLessThanOrEqual(BUDGET.headScriptBytes);
  // Data blocks (JSON-LD, the script's words: type="application/json") are not run, and block nothing.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/type="application\/(ld\+)?json"/.test(tag) && tag !== '<script>');
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/type="module"/);
});

test('the first paint waits for the title and nothing else', async ({ page }) => {
  await page.goto('');
  const blocking = await page.evaluate(() =>
    [...document.querySelectorAll('[blocking]')].map((el) => {
      const href = el.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      return {
        inHead: el.parentElement === document.head,
        rel: el.getAttribute('rel'),
        blocking: el.getAttribute('blocking'),
        target: target?.matches('main h1') ? 'title' : (target?.tagName ?? 'none'),
      };
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
test(`the first view's JavaScript is at most ${BUDGET.scriptBrotli} bytes with brotli`, async ({ page }) => {
  await page.goto('');
  const scripts = await page.evaluate(() =>
    // Data blocks are not script (the browser never runs them): the JSON-LD, and the interface's
    // words for the script (a language's are longer than English's); their bytes count in the page's.
    [...document.querySelectorAll('script:not([type="application/ld+json"]):not([type="application/json"])')].map(
      (s) => (s as HTMLScriptElement).src || s.textContent || '',
    ),
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
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        })[]) {
          if (e.hadRecentInput) continue;
          w.cls += e.value;
          w.shifted.push(...e.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('', { waitUntil: 'load' });
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
  await page.goto('');
  const undimensioned = await page.evaluate(() =>
    [...document.querySelectorAll('img, svg, video, iframe')]
      .filter((el) => el.closest('svg') === el || !el.closest('svg'))
      .filter((el) => !(el.getAttribute('width') && el.getAttribute('height')))
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  expect(undimensioned).toEqual([]);
});
