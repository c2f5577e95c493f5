/**
 * The page as every reader gets it: valid HTML, no barrier axe can find in light or dark, no
 * console error or CSP violation, every internal link and fragment resolving, a text alternative
 * for every picture, and nothing that makes a narrow screen scroll sideways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { afterEnhancements, expect, test } from './fixture.ts';
import { letters } from './every-piece.ts';

/** Every file of a built site, as paths relative to it ("index.html", "og.png", …). */
function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)));
}

const builtPages = (dist: string) =>
  builtFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));

/** axe's violations of WCAG 2.2 AA (levels A and AA of 2.0, 2.1 and 2.2), one line each; [] when none. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every built page is valid HTML (html-validate: recommended and document rules)', async ({ article }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] });
  const problems: string[] = [];
  for (const { file, html } of builtPages(article.dist)) {
    const report = await validator.validateString(html, file);
    problems.push(...report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
  }
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`axe finds no WCAG 2.2 AA violation in the article: ${colorScheme}, ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('');
      await afterEnhancements(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test.describe('the page for an address that does not exist', () => {
    test.use({ allowedConsole: /status of 404/ });

    test(`axe finds no WCAG 2.2 AA violation in it: ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.emulateMedia({ colorScheme });
      const response = await page.goto('no-such-page');
      expect(response?.status()).toBe(404);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('read from top to bottom, the page reports no error and breaks no rule of its security policy', async ({ page }) => {
  await page.goto('');
  await afterEnhancements(page);
  // A screen at a time to the end, so every lazy picture loads and every script that watches the scroll runs.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForLoadState('networkidle');
  // What is wrong is collected by the console guard (fixture.ts) and asserted as the test ends.
});

test('every internal link and every #fragment leads somewhere: a built file, an id of the page', async ({ article }) => {
  const files = new Set(builtFiles(article.dist));
  const base = new URL(article.canonical).pathname;
  const source = readFileSync(article.file, 'utf8').split('\n');
  /** Where a link stands in the source (the writer's), else the built file it is in (the site's). */
  const where = (file: string, href: string) => {
    const written = href.startsWith(base) && base !== '/' ? [href, `/${href.slice(base.length)}`] : [href];
    const line = source.findIndex((l) => written.some((h) => l.includes(`(${h})`) || l.includes(`"${h}"`)));
    return line === -1 ? `${file} (the site's own page)` : `${article.file}:${line + 1}`;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const { file, html } of builtPages(article.dist)) {
    const tree = fromHtml(html);
    const ids = new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));
    const idsOf = (page: string) =>
      new Set(selectAll('[id]', fromHtml(readFileSync(join(article.dist, page), 'utf8'))).map((e) => String(e.properties.id)));
    for (const a of selectAll('a[href], link[href]', tree)) {
      const href = String(a.properties.href);
      checked++;
      if (href.startsWith('#')) {
        if (!ids.has(decodeURIComponent(href.slice(1))))
          broken.push(`${where(file, href)}: the link to ${href} leads nowhere: no element of the page has that id`);
        continue;
      }
      const url = new URL(href, new URL(file, article.canonical));
      if (url.origin !== new URL(article.canonical).origin || !url.pathname.startsWith(base)) continue; // another site's
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const target = [path === '' || path.endsWith('/') ? `${path}index.html` : path, `${path}.html`, `${path}/index.html`].find((t) =>
        files.has(t),
      );
      if (!target) broken.push(`${where(file, href)}: the link to ${href} leads nowhere: the site has no such page or file`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${where(file, href)}: the link to ${href} leads nowhere: ${target} has no element with that id`);
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(broken).toEqual([]);
});

test('every picture has a text alternative: the one its source gives, or none said on purpose for a decorative one', async ({
  page,
  article,
}) => {
  await page.goto('');
  const images = await page.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
  // No picture without an alt attribute: a screen reader would read its file name.
  expect(images.filter((alt) => alt === null)).toEqual([]);
  const shown = images.map((alt) => letters(alt ?? ''));
  for (const picture of article.pictures) {
    expect(shown, `${article.file}:${picture.line}: a picture with the text alternative "${picture.alt}"`).toContain(letters(picture.alt));
  }
});

for (const width of [320, 1280]) {
  test(`nothing makes the page scroll sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('');
    await afterEnhancements(page);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !el.closest('[tabindex="0"], pre, table'),
        )
        .map((el) => el.outerHTML.slice(0, 100)),
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `wider than the screen: ${wider.slice(0, 3).join(' | ')}`,
    ).toBe(0);
  });
}
