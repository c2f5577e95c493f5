/** Figures, Markdown images and the lead image, on the showcase: formats, sizes, loading, the link preview, widths. */
import sharp from 'sharp';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { TEST_SITE_URL } from '../publication.ts';

test.describe('figures', () => {
  test('every picture comes as AVIF and WebP with a fallback, a srcset, sizes, and its own width and height', async ({ page }) => {
    await open(page);
    const pictures = await page.locator('picture').evaluateAll((ps) =>
      ps.map((p) => ({
        types: [...p.querySelectorAll('source')].map((s) => s.type),
        img: Object.fromEntries(
          ['src', 'srcset', 'sizes', 'width', 'height', 'alt'].map((a) => [a, p.querySelector('img')!.getAttribute(a)]),
        ),
      })),
    );
    expect(pictures).toHaveLength(5); // lead, Markdown image, wide, full, decorative
    for (const { types, img } of pictures) {
      expect(types).toEqual(['image/avif', 'image/webp']);
      expect(img.src).toMatch(/\.(jpg|png)$/);
      expect(img.srcset).toMatch(/ \d+w/);
      expect(img.sizes).toBeTruthy();
      expect(Number(img.width)).toBeGreaterThan(0);
      expect(Number(img.height)).toBeGreaterThan(0);
    }
    const alts = pictures.map((p) => p.img.alt);
    expect(alts.filter((a) => a === '')).toHaveLength(1); // the one marked decorative
    expect(alts.filter((a) => a && a.length > 10)).toHaveLength(4);
  });

  test('each picture’s fallback file (the <img> src, for what reads no srcset) is its largest candidate, not the source at full size', async ({
    page,
    request,
  }) => {
    await open(page);
    const imgs = await page.locator('picture img').evaluateAll((is) =>
      is.map((i) => ({
        src: i.getAttribute('src')!,
        widest: Math.max(
          ...i
            .getAttribute('srcset')!
            .split(', ')
            .map((entry) => parseInt(entry.split(' ')[1]!, 10)),
        ),
        tag: [Number(i.getAttribute('width')), Number(i.getAttribute('height'))],
      })),
    );
    expect(imgs).toHaveLength(5);
    for (const { src, widest, tag } of imgs) {
      const file = await sharp(await (await request.get(src)).body()).metadata();
      expect(file.width, src).toBe(widest); // the lead's source is 2400 px; it is shown at 1160 at most
      expect([file.width, file.height], src).toEqual(tag); // and the tag says the file's own size
    }
  });

  test('the first view’s image is fetched first; every image below it waits (lazy, async)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const images = await page.locator('img').evaluateAll((is) =>
      is.map((i) => ({
        top: i.getBoundingClientRect().top,
        loading: i.getAttribute('loading'),
        decoding: i.getAttribute('decoding'),
        priority: i.getAttribute('fetchpriority'),
      })),
    );
    const [lead, ...rest] = images;
    expect(lead!.top).toBeLessThan(844);
    expect(lead).toMatchObject({ priority: 'high' });
    expect(lead!.loading).not.toBe('lazy');
    for (const image of rest) {
      expect(image.top).toBeGreaterThan(844);
      expect(image).toMatchObject({ loading: 'lazy', decoding: 'async' });
      expect(image.priority).not.toBe('high');
    }
  });

  for (const [width, deviceScaleFactor] of [
    [390, 3],
    [1280, 1],
    [1920, 2],
  ] as const) {
    test.describe(`at ${width}px, ${deviceScaleFactor}×`, () => {
      test.use({ deviceScaleFactor, viewport: { width, height: 900 } });

      test('each image is sent at the size it is shown, at this screen’s density: never larger, never blurry', async ({ page }) => {
        await page.goto('/');
        for (const img of await page.locator('img').all()) {
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
          // The file's own width, from the candidate the browser chose (naturalWidth is scaled by the srcset's density).
          const { shown, sent, candidates } = await img.evaluate((i: HTMLImageElement) => {
            const all = [...i.closest('picture')!.querySelectorAll('source, img')].flatMap((el) =>
              (el.getAttribute('srcset') ?? '')
                .split(', ')
                .map((entry) => entry.split(' '))
                .map(([url, w]) => ({ url: new URL(url!, location.href).href, width: parseInt(w!, 10) })),
            );
            return {
              shown: i.getBoundingClientRect().width,
              sent: all.find((c) => c.url === i.currentSrc)?.width ?? NaN,
              candidates: [...new Set(all.map((c) => c.width))].sort((a, b) => a - b),
            };
          });
          const needed = shown * deviceScaleFactor;
          // The smallest candidate that covers the need (or the largest there is): never more…
          const enough = candidates.find((c) => c >= needed) ?? Math.max(...candidates);
          const what = `${await img.getAttribute('alt')}: ${sent}px sent for ${needed}px`;
          expect(sent, what).toBeLessThanOrEqual(enough);
          // …and never less, so nothing is blurry (within 5 %: \`sizes\` takes a serif "0" as half an em).
          expect(sent, what).toBeGreaterThanOrEqual(Math.min(needed, Math.max(...candidates)) * 0.95);
        }
      });
    });
  }

  test('the lead image is the link preview: cropped to 1200×630 as JPEG, in og:image and the JSON-LD', async ({ page, request }) => {
    await page.goto('/');
    const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(og.startsWith(`${TEST_SITE_URL}_astro/lead.`) && og.endsWith('.jpg'), og).toBe(true);
    await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute('content', 'image/jpeg');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /^Low hills under a pale sky/);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(JSON.stringify(jsonLd)).toContain(og);
    const file = await request.get(new URL(og).pathname);
    const meta = await sharp(await file.body()).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  });

  test('captions and credits sit under their pictures; wide and full figures take the width they ask for', async ({ page }) => {
    await open(page, 1440);
    const column = (await page.locator('.prose > p').first().boundingBox())!;
    const wide = (await page.locator('.figure-wide img').boundingBox())!;
    const full = (await page.locator('.figure-full img').boundingBox())!;
    expect(wide.x).toBeCloseTo(column.x, 0);
    expect(wide.width).toBeGreaterThan(column.width * 1.2);
    expect(full.width).toBeGreaterThanOrEqual(1440 - 1);
    await expect(page.locator('.figure-wide figcaption')).toContainText('The basement, as the librarian drew it');
    await expect(page.locator('.figure-wide .figure-credit')).toHaveText('Drawing: made by the test suite');
    await expect(page.locator('.lead-image .figure-credit')).toHaveText('Illustration: made by the test suite');
    await open(page, 390);
    const narrow = (await page.locator('.prose > p').first().boundingBox())!;
    for (const selector of ['.figure-wide img', '.figure-full img']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.width).toBeCloseTo(narrow.width, 0);
    }
  });
});
