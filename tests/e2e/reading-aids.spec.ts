/** Reading aids, as a reader uses them: share a quote, listen, and pick up where they left off. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fakeShare, shareCalls } from './fake-share.ts';
import { readSeed } from '../seed.ts';
import { fakeSpeech, finish, spoken, type Speech } from './fake-speech.ts';

const seed = readSeed();

/** Selects `text` (its `nth` occurrence in the paragraph) as a reader would, and lets the page see it. */
async function select(page: Page, paragraphIndex: number, text: string, nth = 0) {
  await page
    .locator('.prose > p')
    .nth(paragraphIndex)
    .evaluate(
      (p, [text, nth]) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          let at = node.textContent!.indexOf(text as string);
          while (at !== -1) {
            if (seen++ === nth) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + (text as string).length);
              getSelection()!.removeAllRanges();
              getSelection()!.addRange(range);
              return;
            }
            at = node.textContent!.indexOf(text as string, at + 1);
          }
        }
        throw new Error(`"${text}" not found`);
      },
      [text, nth] as const,
    );
}

/** The place of the nth occurrence of `text` in the article, relative to the screen. */
function placeOf(page: Page, text: string, nth: number) {
  return page.evaluate(
    ([text, nth]) => {
      const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = node.textContent!.indexOf(text as string); at !== -1; at = node.textContent!.indexOf(text as string, at + 1)) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + (text as string).length);
            const r = range.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, height: innerHeight };
          }
        }
      }
      throw new Error('not found');
    },
    [text, nth] as const,
  );
}

test.describe('share a quote', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a mouse selection offers "Copy link to quote" below it; the link opens the page at the passage', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/');
    // Three clicks select the whole paragraph: a long passage, linked by its first and last words.
    const paragraph = page.locator('.prose > p').nth(3);
    await paragraph.click({ clickCount: 3 });
    const copy = page.getByRole('button', { name: 'Copy link to quote' });
    await expect(copy).toBeVisible();
    const selected = await paragraph.evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
    const tools = await page.locator('.quote-tools').evaluate((t) => t.getBoundingClientRect().toJSON() as DOMRect);
    expect(tools.top).toBeGreaterThanOrEqual(selected.bottom); // below the selected lines, not over them
    await copy.click();
    await expect(page.getByRole('status')).toHaveText('Link to quote copied');
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.hash).toMatch(/^#:~:text=Sergei%2C%20on%20the%20other,[^,]+$/);
    // Opened in a fresh page, the browser scrolls to the passage.
    const reader = await page.context().newPage();
    await reader.setViewportSize({ width: 1280, height: 700 });
    await reader.goto(new URL(`${link.pathname}${link.hash}`, baseURL).href);
    await expect.poll(() => reader.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect(reader.locator('.prose > p').nth(3)).toBeInViewport();
    await reader.close();
  });

  test('a repeated phrase is linked with its context, and the link finds the right one', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/');
    // "He said he was" occurs four times; take the third (in Sergei's paragraph).
    await select(page, 3, 'He said he was', 0);
    await page.getByRole('button', { name: 'Copy link to quote' }).click();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(decodeURIComponent(link.hash)).toMatch(/^#:~:text=.+-,He said he was,-.+$/);
    await page.goto(new URL(`${link.pathname}${link.hash}`, baseURL).href);
    await expect
      .poll(async () => {
        const wanted = await placeOf(page, 'He said he was', 2);
        return wanted.top >= 0 && wanted.bottom <= wanted.height;
      })
      .toBe(true);
    // The browser centred the third occurrence, not the first.
    const centre = (p: { top: number; bottom: number; height: number }) => Math.abs((p.top + p.bottom) / 2 - p.height / 2);
    expect(centre(await placeOf(page, 'He said he was', 2))).toBeLessThan(centre(await placeOf(page, 'He said he was', 0)));
  });

  test('from the keyboard: Tab reaches the control after a selection; Escape puts it away', async ({ page }) => {
    await page.goto('/');
    await select(page, 2, 'very different backgrounds');
    const copy = page.getByRole('button', { name: 'Copy link to quote' });
    await expect(copy).toBeVisible();
    await page.keyboard.press('Tab'); // the next stop after the selection is the control
    await expect(copy).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.quote-tools')).toHaveCount(0);
  });

  test('"Share quote" opens the share sheet, where there is one, with the quote and its link', async ({ page }) => {
    await fakeShare(page);
    await page.goto('/');
    await select(page, 3, 'patriotism and adventure');
    await page.getByRole('button', { name: 'Share quote' }).click();
    const [call] = await shareCalls<{ text: string; url: string }>(page);
    expect(call!.text).toBe('\u201Cpatriotism and adventure\u201D');
    expect(call!.url).toMatch(/#:~:text=patriotism%20and%20adventure$/);
  });

  test('the control goes with the selection; a heading or the byline offers none', async ({ page }) => {
    // The page's clock, so "nothing appears" is asserted after the control's settling delay has
    // surely run, not after a guessed wait.
    await page.clock.install();
    await page.goto('/');
    await page.clock.runFor(1000); // the page's enhancements: a frame, then a task each
    await select(page, 1, 'Kyiv Post interviewed');
    await expect(page.locator('.quote-tools')).toHaveCount(1);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect(page.locator('.quote-tools')).toHaveCount(0);
    for (const selector of ['.prose h2', '.byline']) {
      await page.locator(selector).first().click({ clickCount: 3 });
      expect(await page.evaluate(() => getSelection()!.toString().trim().length)).toBeGreaterThan(0);
      await page.clock.runFor(1000); // well past the control's settling delay (150 ms)
      await expect(page.locator('.quote-tools')).toHaveCount(0);
    }
    // The same wait does bring the control for a paragraph's words.
    await select(page, 3, 'patriotism and adventure');
    await page.clock.runFor(1000);
    await expect(page.locator('.quote-tools')).toHaveCount(1);
  });
});

test.describe('pick up where you left off', () => {
  test('a return visit offers a link to the paragraph, never jumps, and forgets once read to the end', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('/');
    await expect(page.locator('.resume')).toHaveCount(0); // nothing remembered yet
    const target = page.locator('.prose > p').nth(3);
    await target.evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reading-position:')).length)).toBe(1);
    const left = await target.textContent();

    await page.goto('/');
    const resume = page.getByRole('link', { name: 'Continue where you left off' });
    await expect(resume).toBeVisible();
    expect(await page.evaluate(() => scrollY)).toBe(0); // offered, not done
    // Early in the Tab order: right after the skip link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(resume).toBeFocused();
    await page.keyboard.press('Enter');
    // The very paragraph the reader left, brought into view.
    const landed = page.locator(`[id="${await page.evaluate(() => location.hash.slice(1))}"]`);
    await expect(landed).toHaveText(left!);
    await expect(landed).toBeInViewport();
    await expect(page.locator('.resume')).toHaveCount(0);

    // Read to the end: the place is forgotten.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reading-position:')).length)).toBe(0);
    await page.goto('/');
    // The page script has run: Share is added, then the reading position's task is already
    // queued, so one more task runs after it.
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    await expect(page.locator('.resume')).toHaveCount(0);
  });
});

test.describe('listen', () => {
  test('Listen sits in the contents, at hand beside the text on a wide screen', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const listen = page.getByRole('navigation', { name: 'Contents' }).getByRole('button', { name: 'Listen' });
    await expect(listen).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000); // read well down the article
    await expect(listen).toBeInViewport(); // the contents stays in view there
  });

  test('no Listen control where the browser cannot speak the article on the device', async ({ page }) => {
    await fakeSpeech(page, [
      { lang: 'en-US', localService: false },
      { lang: 'fr-FR', localService: true },
    ]);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible(); // the script has run
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  });

  test('reads from the title down, in a voice on the device, marking and following the paragraph', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => spoken(page)).toEqual([seed.title]);
    expect(await page.evaluate(() => (window as unknown as Speech).speech.spoken[0]!.voice)).toBe('voice 0');
    await expect(page.locator('.listening')).toHaveText(seed.title);
    for (let i = 0; i < 3; i++) await finish(page);
    const texts = await spoken(page);
    expect(texts.slice(1, 3)).toEqual([seed.paragraphs[0], await page.locator('.prose h2').first().textContent()]);
    await expect(page.locator('.listening')).toHaveCount(1);
    await expect(page.locator('.listening')).toBeInViewport();
  });

  test('from the section in view; pause, resume, speed and stop', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-GB', localService: true }]);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('/');
    const third = page.locator('.prose h2').nth(2);
    await third.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, 150)); // into the section's first paragraph
    // Keyboard only: reach Listen and press it.
    await page.getByRole('button', { name: 'Listen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => spoken(page)).toEqual([await third.textContent()]);
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as Speech).speech.synth.paused)).toBe(true);
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await page.evaluate(() => (window as unknown as Speech).speech.synth.paused)).toBe(false);
    await page.getByLabel('Speed').selectOption('1.5');
    const last = await page.evaluate(() => (window as unknown as Speech).speech.spoken.at(-1)!);
    expect([last.text, last.rate]).toEqual([await third.textContent(), 1.5]); // the block again, faster
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('region', { name: 'Listen' })).toHaveCount(0);
    await expect(page.locator('.listening')).toHaveCount(0);
    const count = (await spoken(page)).length;
    await finish(page);
    expect((await spoken(page)).length).toBe(count); // nothing more after Stop
  });

  test('once the reader scrolls away, reading goes on without pulling the page back', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en', localService: true }]);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await page.mouse.move(640, 300);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const y = await page.evaluate(() => scrollY);
    await finish(page);
    await finish(page);
    await expect(page.locator('.listening')).toHaveCount(1);
    expect(await page.evaluate(() => scrollY)).toBe(y);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no reading aid shows, and the page reads as before', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.listen-button, .quote-tools, .resume, details.settings:visible')).toHaveCount(0);
    await expect(page.locator('.prose > p')).toHaveCount(seed.paragraphs.length);
  });
});
