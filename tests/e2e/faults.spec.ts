/**
 * Faults real browsers throw, survived: storage full (QuotaExceededError on setItem, as a browser
 * with a spent quota throws) and storage refused (SecurityError on reading localStorage, as
 * Firefox with cookies blocked throws). No uncaught error (the fixtures' guard fails the test on
 * one), the page reads, and the reader’s choices still apply for the visit. Speech failing mid-
 * paragraph or its voices going away: Listen stops and says why, the page keeps its place.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fakeSpeech, finish, type Speech } from './fake-speech.ts';

/** Scrolls into the middle of the article, as a reader does (not to its end, where the place is forgotten). */
async function read(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 900));
}

test('storage full: the reading position is not kept, nothing throws, and the chosen colours still apply', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { refusedWrites: number };
    w.refusedWrites = 0;
    Storage.prototype.setItem = function () {
      w.refusedWrites++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await read(page);
  // The page tried to keep the place, and was refused (the sign that its handler ran).
  await expect.poll(() => page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites)).toBeGreaterThan(0);
  await page.locator('details.settings > summary').click();
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('storage refused: the page reads and its controls work, with nothing kept and nothing thrown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await read(page);
  await page.locator('details.settings > summary').click();
  await page.getByLabel('Sepia').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(page.locator('.resume')).toHaveCount(0);
});

test.describe('a reading aid that cannot load', () => {
  // The browser reports the failed request itself; that is the fault being survived.
  test.use({ allowedConsole: /Failed to load resource/ });

  test('Listen says so, nothing throws, and a press once the network is back reads', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.route('**/aids/listen.js*', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const listen = page.getByRole('button', { name: 'Listen' });
    await listen.click();
    await expect(page.getByRole('status')).toHaveText('Listen could not be loaded: check the connection, then press Listen again');
    await page.unroute('**/aids/listen.js*');
    await listen.click();
    await expect(page.getByRole('region', { name: 'Listen' })).toBeVisible();
  });

  test('quote sharing stays out of the way, and a later selection offers it once it loads', async ({ page }) => {
    let refused = 0;
    await page.route('**/aids/quote-share.js*', (route) => (refused++, route.abort('internetdisconnected')));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    const paragraph = page.locator('.prose > p').nth(1);
    await paragraph.click({ clickCount: 3 });
    await expect.poll(() => refused).toBe(1); // the selection asked for the module, and the network refused it
    await expect(page.locator('.quote-tools')).toHaveCount(0);
    await page.unroute('**/aids/quote-share.js*');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await paragraph.click({ clickCount: 3 });
    await expect(page.getByRole('button', { name: 'Copy link to quote' })).toBeVisible();
  });
});

test.describe('speech that fails', () => {
  const speech = (page: Page) => page.evaluate(() => (window as unknown as Speech).speech.spoken.length);

  test('a voice failing mid-paragraph stops Listen and says so; the page keeps its place, and Listen starts again', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // Listen's scrolling is instant: the place is settled when the voice fails
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(page.getByRole('region', { name: 'Listen' })).toBeVisible();
    await expect.poll(() => speech(page)).toBe(1);
    await finish(page);
    await expect.poll(() => speech(page)).toBe(2);
    const place = await page.evaluate(() => scrollY);
    await page.evaluate(() => (window as unknown as Speech).speech.fail());
    await expect(page.getByRole('status')).toHaveText('Listen stopped: the voice failed. Press Listen to go on from the section in view');
    await expect(page.getByRole('region', { name: 'Listen' })).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(place);
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(page.getByRole('region', { name: 'Listen' })).toBeVisible();
    await expect.poll(() => speech(page)).toBe(3);
  });

  test('the voices going away stops Listen, says why, and takes the Listen button away', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await page.goto('/');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => speech(page)).toBe(1);
    await page.evaluate(() => (window as unknown as Speech).speech.removeVoices());
    await expect(page.getByRole('status')).toHaveText('Listen stopped: its voice is no longer on this device');
    await expect(page.getByRole('region', { name: 'Listen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  });
});

test.describe('the EPUB that cannot be fetched', () => {
  test.use({ allowedConsole: /Failed to load resource|503/ });

  test('the browser reports the failed download, and the reader stays where they were, nothing lost', async ({ page, baseURL }) => {
    // A host that fails the book (a 503 from an overloaded server): a proxy of the site that
    // refuses only that file. A download is the browser's own request, which no page route sees.
    const failing = createServer(async (req, res) => {
      if (req.url?.endsWith('.epub')) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Service unavailable\n');
      const upstream = await fetch(new URL(req.url ?? '/', baseURL));
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((done) => failing.listen(0, '127.0.0.1', done));
    try {
      await page.setViewportSize({ width: 1280, height: 700 });
      await page.goto(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/`);
      await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
      await page.evaluate(() => scrollTo(0, 200));
      const address = page.url();
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: /Download EPUB/ }).click();
      expect(await (await download).failure()).toBeTruthy();
      expect(page.url()).toBe(address);
      expect(await page.evaluate(() => scrollY)).toBe(200);
      await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    } finally {
      await new Promise((done) => failing.close(done));
    }
  });
});
