/** The reading journey: everything a reader sees and does on the article page. */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { readSeed } from '../seed.ts';
import { charactersPerLine } from './measure.ts';
import { contrastRatio } from './colour.ts';
import { plainTypography } from './typography.ts';

const seed = readSeed();

async function headingIds(page: Page): Promise<string[]> {
  return page.locator('.prose :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.id));
}

test('title, byline, date, read time and every source paragraph are on the page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(`^${seed.title}`));
  await expect(page.locator('h1')).toHaveText(seed.title);
  const byline = page.locator('.byline');
  await expect(byline).toContainText(seed.author);
  await expect(byline.locator('time')).toHaveAttribute('datetime', seed.published);
  await expect(byline.locator('time')).toHaveText('November 22, 2023');
  // The source's own figure (Medium's "3 min read"), not one computed by our code; exactly.
  await expect(byline.locator('.byline-read-time')).toHaveText(seed.readTime);

  const paragraphs = (await page.locator('.prose p').allTextContents()).map(plainTypography);
  expect(paragraphs).toEqual(seed.paragraphs.map(plainTypography));
});

test('on a phone the byline wraps between its items, with a dot between two on a line and none at a line’s start or end', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/');
  const byline = page.locator('.byline');
  const { box, items } = await byline.evaluate((p) => {
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    // Each item's words as laid out (a range holds text, not the dots CSS draws around it).
    const words = (item: Element) => {
      const range = document.createRange();
      range.selectNodeContents(item);
      return rect(range.getBoundingClientRect());
    };
    return { box: rect(p.getBoundingClientRect()), items: [...p.children].map(words) };
  });
  const lines = [...new Set(items.map((item) => Math.round(item.top)))].map((top) => items.filter((item) => Math.round(item.top) === top));
  expect(lines.length, 'the byline should wrap at 390 px, or this test proves nothing').toBeGreaterThan(1);
  // Ink (a dot) in a strip of the byline as painted: any pixel far from the paper's colour.
  const { data, info } = await sharp(await byline.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const paper = [...data.subarray(0, 3)]; // the top-left corner: paper, above the rule
  const inkIn = (left: number, right: number, top: number, bottom: number) => {
    for (let y = Math.ceil(top - box.top); y < Math.floor(bottom - box.top); y++) {
      for (let x = Math.max(0, Math.ceil(left - box.left)); x < Math.min(info.width, Math.floor(right - box.left)); x++) {
        const i = (y * info.width + x) * 3;
        if (paper.some((c, k) => Math.abs(c - data[i + k]!) > 40)) return true;
      }
    }
    return false;
  };
  for (const line of lines) {
    const [first, last] = [line[0]!, line.at(-1)!];
    const [top, bottom] = [Math.min(...line.map((i) => i.top)), Math.max(...line.map((i) => i.bottom))];
    expect(inkIn(box.left, first.left, top, bottom), 'a dot before a line’s first item').toBe(false);
    expect(inkIn(last.right, box.right, top, bottom), 'a dot after a line’s last item').toBe(false);
    for (let i = 1; i < line.length; i++)
      expect(inkIn(line[i - 1]!.right, line[i]!.left, top, bottom), 'no dot between two items').toBe(true);
  }
});

test('the contents lists every section, and each link leads to its section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const ids = await headingIds(page);
  // The sections' addresses as published: a slug that changed would break every link to them.
  expect(ids).toEqual(['the-interviews', 'two-prisoners-two-backgrounds', 'views-of-the-leadership', 'what-the-interviews-show']);
  const links = page.locator('nav.contents a');
  await expect(links).toHaveCount(ids.length);
  for (const [i, id] of ids.entries()) {
    const link = links.nth(i);
    await expect(link).toHaveAttribute('href', `#${id}`);
    await expect(link).toHaveText((await page.locator(`[id="${id}"]`).textContent())!);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});

test('each section anchor links to its own heading and is named for it', async ({ page }) => {
  await page.goto('/');
  const headings = page.locator('.prose :is(h2, h3)');
  const count = await headings.count();
  for (let i = 0; i < count; i++) {
    const heading = headings.nth(i);
    const id = await heading.getAttribute('id');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    const anchor = page.locator(`.heading:has([id="${id}"]) a.anchor`);
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    await expect(anchor).toHaveAccessibleName(`Link to section: ${await heading.textContent()}`);
    // The heading's own name is just its text: the anchor is beside it, not inside.
    await expect(page.getByRole('heading', { name: (await heading.textContent())!, exact: true })).toHaveCount(1);
  }
});

test('a section anchor shows on hover and on keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const heading = page.locator('.prose h2').first();
  const anchor = page.locator('.prose .heading').first().locator('a.anchor');
  const opacity = () => anchor.evaluate((a) => Number(getComputedStyle(a).opacity));
  expect(await opacity()).toBe(0);
  await heading.hover();
  await expect.poll(opacity).toBe(1);
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe(0);
  await anchor.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
  await expect(anchor).toBeFocused();
  await expect.poll(opacity).toBe(1);
});

for (const width of [390, 1280]) {
  test(`opening /#id shows that heading, marked, at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const ids = await headingIds(page);
    for (const id of [ids.at(-1)!, ids[1]!]) {
      await page.goto(`/#${id}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      // Clear of the top edge and of the fixed progress bar, by the heading's scroll-margin-top.
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
      const bar = await page.locator('.reading-progress').evaluate((b) => b.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(bar + 16);
      const marked = await heading.evaluate((h) => getComputedStyle(h.parentElement!).backgroundColor);
      const unmarked = await page
        .locator('.prose .heading')
        .first()
        .evaluate((h) => getComputedStyle(h).backgroundColor);
      expect(marked).not.toBe(unmarked);
    }
  });
}

for (const [width, beside] of [
  [1024, true],
  [1280, true],
  [1023, false],
  [390, false],
] as const) {
  test(`the contents sits ${beside ? 'beside the text, sticky,' : 'above the text'} at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const [contents, prose] = [await box('nav.contents'), await box('.prose')];
    const position = await page.locator('nav.contents').evaluate((el) => getComputedStyle(el).position);
    if (beside) {
      expect(position).toBe('sticky');
      expect(contents.right).toBeLessThanOrEqual(prose.left);
      // Still in view far down the article.
      await page.locator('.prose p').last().scrollIntoViewIfNeeded();
      await expect(page.locator('nav.contents')).toBeInViewport();
    } else {
      expect(position).not.toBe('sticky');
      expect(contents.bottom).toBeLessThanOrEqual(prose.top);
    }
  });
}

test('while reading, the contents marks the current section (with JavaScript)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const ids = await headingIds(page);
  await expect(page.locator('nav.contents a[aria-current]')).toHaveCount(0);
  await page.locator(`[id="${ids[1]}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(page.locator('nav.contents a[aria-current="location"]')).toHaveAttribute('href', `#${ids[1]}`);
  await expect(page.locator('nav.contents a[aria-current]')).toHaveCount(1);
  // Marked without a change of width, so nothing rewraps while reading.
  const link = page.locator('nav.contents a[aria-current]');
  expect(await link.evaluate((a) => [getComputedStyle(a).fontWeight, getComputedStyle(a).textDecorationLine])).toEqual([
    await page
      .locator('nav.contents a:not([aria-current])')
      .first()
      .evaluate((a) => getComputedStyle(a).fontWeight),
    'underline',
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every word, link and anchor is there; with JavaScript only controls are added', async ({ page, browser }) => {
    await page.goto('/');
    await expect(page.locator('button')).toHaveCount(0);
    // A page with JavaScript really on: a context of its own, not this project's JS-off one.
    const context = await browser.newContext({ javaScriptEnabled: true });
    const withJs = await context.newPage();
    await withJs.goto(page.url());
    await expect(withJs.getByRole('button', { name: 'Share' })).toBeVisible();
    // The article's text is the same; what script adds are buttons (and the live region's words).
    const text = (p: Page) =>
      p.locator('body').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('button, .announcer').forEach((b) => b.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      });
    const hrefs = (p: Page) => p.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(await text(page)).toBe(await text(withJs));
    expect(await hrefs(page)).toEqual(await hrefs(withJs));
    expect((await hrefs(page)).filter((h) => h?.startsWith('#')).length).toBeGreaterThan(6);
    expect(await withJs.locator('button').count()).toBeGreaterThan(0);
    await context.close();
  });
});

for (const width of [320, 390]) {
  test(`nothing scrolls sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const fontSize = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
  });
}

test('at 200% zoom (a 640px-wide desktop) the page still fits and reads', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(640);
  await expect(page.locator('nav.contents')).toBeVisible();
  expect(await charactersPerLine(page)).toBeGreaterThan(40);
});

test('a desktop line holds 60 to 75 characters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const perLine = await charactersPerLine(page);
  expect(perLine).toBeGreaterThanOrEqual(60);
  expect(perLine).toBeLessThanOrEqual(75);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`body text contrast is at least 7:1 in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const [fg, bg] = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor]);
    expect(contrastRatio(fg!, bg!)).toBeGreaterThanOrEqual(7);
  });
}

test('the dark scheme changes the colours', async ({ page }) => {
  await page.goto('/');
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(dark[0]).not.toBe(light[0]);
  expect(dark[1]).not.toBe(light[1]);
  expect(contrastRatio(dark[1]!, 'rgb(0, 0, 0)')).toBeLessThan(contrastRatio(light[1]!, 'rgb(0, 0, 0)'));
});

test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the page has its landmarks, and the language is set for hyphenation', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  const p = page.locator('.prose p').first();
  expect(await p.evaluate((el) => getComputedStyle(el).hyphens)).toBe('auto');
  expect(await p.evaluate((el) => getComputedStyle(el).textWrap)).toContain('pretty');
  expect(
    await page
      .locator('.prose h2')
      .first()
      .evaluate((el) => getComputedStyle(el).textWrap),
  ).toContain('balance');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the reading-progress bar follows the scroll, with no script', async ({ page }) => {
    await page.goto('/');
    const bar = page.locator('.reading-progress');
    // Its width as drawn: a fraction of the page's.
    const drawn = () => bar.evaluate((el) => el.getBoundingClientRect().width / document.documentElement.clientWidth);
    expect(await drawn()).toBeCloseTo(0, 2);
    // The test's own scroll (Playwright evaluates outside the page's scripts, which are off).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(drawn).toBeCloseTo(1, 2);
  });
});

test('with reduced motion, section anchors appear without a fade', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page
    .locator('a.anchor')
    .first()
    .evaluate((a) => getComputedStyle(a).transitionDuration);
  expect(duration).toBe('0s');
});

test.describe('a missing page', () => {
  test.use({ allowedConsole: /status of 404/ });

  test('an unknown address shows the 404 page in the same style, leading back to the article', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: seed.title })).toHaveAttribute('href', '/');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Charter');
  });
});
