/**
 * The long-form toolkit (figures, lead image, notes, asides, quotations, pull quotes, code,
 * tables), proved on the showcase article, with the real article's page checks run on it too:
 * valid HTML, axe in light and dark at 390 and 1280 px, no console error or CSP violation (the
 * fixtures' guard), nothing sideways at 320 px, the keyboard walk, print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { Readability } from '@mozilla/readability';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, SHOWCASE_SOURCE, test } from './showcase-fixtures.ts';
import { AXE_TAGS, htmlProblems } from '../build/page-checks.ts';
import { walkWithTab } from './keyboard-walk.ts';
import { letters, pdfPages } from './pdf-text.ts';
import { epubCheck, epubCheckMissing } from './epubcheck.ts';
import { SETTINGS_KEY } from '../../src/lib/reader-settings.ts';
import { fakeSpeech, finish, spoken } from './fake-speech.ts';
import { describeFaces, fontFaces } from './font-faces.ts';
import { BUDGET } from '../budget.ts';

/** The showcase's running paragraphs as written, each cut at its note references (which print as numbers). */
const PARAGRAPHS = SHOWCASE_SOURCE.split(/^---$/m)[2]!
  .replace(/```[\s\S]*?```/g, '')
  .split(/\n{2,}/)
  .map((block) => block.trim())
  .filter((block) => /^[A-Z]/.test(block));
const CHUNKS = PARAGRAPHS.flatMap((p) => p.split(/\[\^[^\]]+\]/)).filter((c) => letters(c).length > 0);
const LONG_LINE_END = "book.borrowed ? 'out' : 'in'";

async function open(page: Page, width = 1280, path = '/') {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
}

test.describe('the showcase passes every page check the real article passes', () => {
  test('its HTML is valid, and carries no style attribute (the CSP allows none)', async ({ showcase }) => {
    const html = readFileSync(join(showcase.dist, 'index.html'), 'utf8');
    expect(await htmlProblems(html, 'showcase/index.html')).toEqual([]);
    expect(html).not.toMatch(/<[^>]+\sstyle=/);
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).not.toMatch(/unsafe-inline|unsafe-hashes/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`no WCAG 2.2 AA violations: ${colorScheme}, ${width}px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, width);
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  for (const theme of ['sepia', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations with the reader’s ${theme} page chosen (code colours follow it)`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify({ theme })] as const);
      await open(page, 1280);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const width of [320, 390, 1280, 1920]) {
    test(`nothing scrolls sideways at ${width}px, full-width figure included`, async ({ page }) => {
      await open(page, width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  for (const width of [390, 1280]) {
    test(`its layout asks for at most ${BUDGET.showcaseFontFaces} fonts: captions, tables and note marks in the chrome's, the BibTeX in the code's, at ${width}px`, async ({ page }) => {
      await open(page, width);
      const faces = await fontFaces(page);
      expect(faces.size, describeFaces(faces)).toBeLessThanOrEqual(BUDGET.showcaseFontFaces);
      // Captions, tables and note marks are set in the very font of the byline, the BibTeX in the
      // code's: no lookup of their own. The face as font-faces.ts counts it: family, size, weight, style.
      const faceOf = (selector: string) =>
        page.locator(selector).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.fontStyle}`;
        });
      const byline = await faceOf('.byline');
      expect(await faceOf('.figure figcaption')).toBe(byline);
      expect(await faceOf('.prose td')).toBe(byline);
      expect(await faceOf('.prose [data-footnote-ref]')).toBe(byline);
      expect(await faceOf('.cite-bibtex code')).toBe(await faceOf('pre.code code'));
    });
  }

  test('Tab walks every link and control in order, code and tables included, each with a focus ring', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('button', { name: 'Copy code sample 2' })).toBeAttached();
    await walkWithTab(page);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`printed on ${format}: at most 5 pages, none blank, every paragraph, note, caption and line of code`, async ({ page }) => {
      await open(page);
      const pages = await pdfPages(await page.pdf({ format }));
      expect(pages.length).toBeLessThanOrEqual(5);
      for (const text of pages) expect(letters(text.replace(/^\s*\d+ \/ \d+\s*$/m, '')).length).toBeGreaterThan(40);
      const all = letters(pages.join('\n'));
      for (const chunk of CHUNKS) expect(all).toContain(letters(chunk));
      // The notes, once each (no margin copy), after the text; code whole, its long line wrapped.
      expect(all.split(letters('Names are withheld at the librarians’ request')).length).toBe(2);
      expect(all.indexOf(letters('Notes'), all.indexOf(letters('What it cost')))).toBeGreaterThan(0);
      expect(all).toContain(letters(LONG_LINE_END));
      expect(all).toContain(letters('The basement, as the librarian drew it for new volunteers.'));
      expect(all).toContain(letters('Manuals: first aid, engines, radios'));
      expect(all).not.toContain(letters('Copy code sample'));
    });
  }

  test('in print, figures keep to the page and stay whole; code wraps; notes are numbered endnotes', async ({ page }) => {
    await open(page);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      figures: [...document.querySelectorAll('.figure')].map((f) => getComputedStyle(f).breakInside),
      imageHeights: [...document.querySelectorAll<HTMLElement>('.figure img')].map((i) => getComputedStyle(i).maxHeight),
      code: getComputedStyle(document.querySelector('pre.code')!).whiteSpace,
      sidenotes: [...document.querySelectorAll('.sidenote')].map((s) => getComputedStyle(s).display),
      notes: getComputedStyle(document.querySelector('.footnotes')!).display,
    }));
    expect(new Set(print.figures)).toEqual(new Set(['avoid']));
    expect(new Set(print.imageHeights)).toEqual(new Set(['340.157px'])); // 9cm
    expect(print.code).toBe('pre-wrap');
    expect(new Set(print.sidenotes)).toEqual(new Set(['none']));
    expect(print.notes).toBe('block');
  });

  test('in print, the table and captions keep paper’s sizes whatever text size the reader chose on screen', async ({ page }) => {
    const printed = async () => {
      await page.emulateMedia({ media: 'print' });
      const sizes = await page.evaluate(() => [getComputedStyle(document.querySelector('.prose table')!).fontSize, getComputedStyle(document.querySelector('.figure figcaption')!).fontSize]);
      await page.emulateMedia({ media: 'screen' });
      return sizes;
    };
    await open(page);
    const atDefault = await printed();
    const screenDefault = await page.locator('.prose table').evaluate((t) => getComputedStyle(t).fontSize);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ size: '5' })), SETTINGS_KEY);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-size', '5');
    expect(await page.locator('.prose table').evaluate((t) => getComputedStyle(t).fontSize)).not.toBe(screenDefault); // it follows on screen
    expect(await printed()).toEqual(atDefault);
    expect(atDefault).toEqual(['12px', '11.3333px']); // 9pt and 8.5pt
  });
});

test.describe('figures', () => {
  test('every picture comes as AVIF and WebP with a fallback, a srcset, sizes, and its own width and height', async ({ page }) => {
    await open(page);
    const pictures = await page.locator('picture').evaluateAll((ps) =>
      ps.map((p) => ({
        types: [...p.querySelectorAll('source')].map((s) => s.type),
        img: Object.fromEntries(['src', 'srcset', 'sizes', 'width', 'height', 'alt'].map((a) => [a, p.querySelector('img')!.getAttribute(a)])),
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

  test('each picture’s fallback file (the <img> src, for what reads no srcset) is its largest candidate, not the source at full size', async ({ page, request }) => {
    await open(page);
    const imgs = await page.locator('picture img').evaluateAll((is) =>
      is.map((i) => ({
        src: i.getAttribute('src')!,
        widest: Math.max(...i.getAttribute('srcset')!.split(', ').map((entry) => parseInt(entry.split(' ')[1]!, 10))),
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
      is.map((i) => ({ top: i.getBoundingClientRect().top, loading: i.getAttribute('loading'), decoding: i.getAttribute('decoding'), priority: i.getAttribute('fetchpriority') })),
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

  for (const [width, deviceScaleFactor] of [[390, 3], [1280, 1], [1920, 2]] as const) {
    test.describe(`at ${width}px, ${deviceScaleFactor}×`, () => {
      test.use({ deviceScaleFactor, viewport: { width, height: 900 } });

      test('no image is sent larger than it is shown, at this screen’s density', async ({ page }) => {
        await page.goto('/');
        for (const img of await page.locator('img').all()) {
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
          // The file's own width, from the candidate the browser chose (naturalWidth is scaled by the srcset's density).
          const { shown, sent, candidates } = await img.evaluate((i: HTMLImageElement) => {
            const all = [...i.closest('picture')!.querySelectorAll('source, img')].flatMap((el) =>
              (el.getAttribute('srcset') ?? '').split(', ').map((entry) => entry.split(' ')).map(([url, w]) => ({ url: new URL(url!, location.href).href, width: parseInt(w!, 10) })),
            );
            return {
              shown: i.getBoundingClientRect().width,
              sent: all.find((c) => c.url === i.currentSrc)?.width ?? NaN,
              candidates: [...new Set(all.map((c) => c.width))].sort((a, b) => a - b),
            };
          });
          const needed = shown * deviceScaleFactor;
          // The smallest candidate that covers the need (or the largest there is): never more.
          const enough = candidates.find((c) => c >= needed) ?? Math.max(...candidates);
          expect(sent, `${await img.getAttribute('alt')}: ${sent}px sent for ${needed}px`).toBeLessThanOrEqual(enough);
        }
      });
    });
  }

  test('the lead image is the link preview: cropped to 1200×630 as JPEG, in og:image and the JSON-LD', async ({ page, request }) => {
    await page.goto('/');
    const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(og).toMatch(/^http:\/\/localhost:4321\/_astro\/lead\.[^/]+\.jpg$/);
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

test.describe('notes', () => {
  test('a reference is a link named "Note 1" to a numbered note under a "Notes" heading, which links back', async ({ page }) => {
    await open(page, 390);
    const ref = page.getByRole('link', { name: 'Note 1', exact: true });
    await expect(ref).toHaveText('1');
    await expect(page.getByRole('heading', { level: 2, name: 'Notes' })).toBeVisible();
    await ref.click();
    await expect(page).toHaveURL(/#fn-visits$/);
    const note = page.locator('#fn-visits');
    await expect(note).toBeInViewport();
    await note.getByRole('link', { name: 'Back to the text of note 1' }).click();
    await expect(page).toHaveURL(/#fnref-visits$/);
    await expect(ref).toBeInViewport();
  });

  test('a reference stands tight to the word before it, and takes a tap above, below and after its number, not on that word', async ({ page }) => {
    await open(page, 390);
    const { gap, onWord, above, below, after } = await page.getByRole('link', { name: 'Note 1', exact: true }).evaluate((ref) => {
      const box = (node: Node, start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range.getBoundingClientRect();
      };
      ref.scrollIntoView({ block: 'center' }); // a point off the screen hits nothing
      const before = ref.parentElement!.previousSibling!; // the text the reference follows ("…expects.")
      const word = box(before, before.textContent!.length - 1, before.textContent!.length);
      const number = box(ref.firstChild!, 0, 1);
      const em = parseFloat(getComputedStyle(ref).fontSize);
      const hit = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('a') === ref;
      const middle = number.top + number.height / 2;
      return {
        gap: number.left - word.right,
        // A press on the word's last letter selects the word (as a reader quoting it would want).
        onWord: hit(word.left + word.width / 2, word.top + word.height / 2),
        above: hit(number.left + number.width / 2, number.top - 0.25 * em),
        below: hit(number.left + number.width / 2, number.bottom + 0.25 * em),
        after: hit(number.right + 0.15 * em, middle),
      };
    });
    expect(Math.abs(gap)).toBeLessThan(0.5);
    expect(onWord).toBe(false);
    expect([above, below, after]).toEqual([true, true, true]);
  });

  test('on a wide screen each note also sits in the margin beside its line, hidden from screen readers; on a phone it does not', async ({ page }) => {
    await open(page, 1440);
    const column = (await page.locator('.prose > p').first().boundingBox())!;
    const ref = (await page.locator('#fnref-visits').boundingBox())!;
    const sidenote = page.locator('.sidenote').first();
    await expect(sidenote).toBeVisible();
    await expect(sidenote).toHaveAttribute('aria-hidden', 'true');
    await expect(sidenote).toContainText('Based on visits to three such libraries');
    const box = (await sidenote.boundingBox())!;
    expect(box.x).toBeGreaterThan(column.x + column.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    expect(Math.abs(box.y - ref.y)).toBeLessThan(40); // on the reference's line
    const aside = (await page.getByRole('note').boundingBox())!;
    expect(aside.x).toBeGreaterThan(column.x + column.width);
    await open(page, 390);
    await expect(page.locator('.sidenote').first()).toBeHidden();
    const narrowColumn = (await page.locator('.prose > p').first().boundingBox())!;
    const narrowAside = (await page.getByRole('note').boundingBox())!;
    expect(narrowAside.x + narrowAside.width).toBeLessThanOrEqual(narrowColumn.x + narrowColumn.width + 1);
  });

  test('the largest reader text sizes keep the notes at the end until the margin is wide enough', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: 5 })), SETTINGS_KEY);
    await open(page, 1280);
    await expect(page.locator('html')).toHaveAttribute('data-size', '5');
    await expect(page.locator('.sidenote').first()).toBeHidden();
    await open(page, 1600);
    await expect(page.locator('.sidenote').first()).toBeVisible();
  });
});

test.describe('quotations', () => {
  test('a <Quote> is a blockquote with its attribution under it', async ({ page }) => {
    await open(page);
    const quote = page.locator('figure.quote');
    await expect(quote.locator('blockquote')).toContainText('People don’t come for escape.');
    await expect(quote.locator('figcaption')).toHaveText('A volunteer, Interview notes, March 2024');
    await expect(quote.locator('figcaption cite')).toHaveText('Interview notes, March 2024');
  });

  test('the attribution starts where the quoted text starts, at every width and text size', async ({ page }) => {
    for (const [width, size] of [[390, '3'], [1280, '3'], [1280, '5'], [390, '1']] as const) {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify({ size })]);
      await open(page, width);
      // The dash's left edge and the first quoted letter's, as the reader sees them.
      const [dash, text] = await page.locator('figure.quote').evaluate((quote) => {
        const caption = quote.querySelector('figcaption')!;
        const range = document.createRange();
        const first = quote.querySelector('blockquote p')!.firstChild!;
        range.setStart(first, 0);
        range.setEnd(first, 1);
        return [caption.getBoundingClientRect().left + parseFloat(getComputedStyle(caption).paddingLeft), range.getBoundingClientRect().left];
      });
      expect(Math.abs(dash - text), `${width}px, text size ${size}`).toBeLessThan(1);
    }
  });

  test('a pull quote is seen, but neither a screen reader nor Reader View meets the line twice', async ({ page }) => {
    await open(page);
    await expect(page.locator('.pull-quote')).toBeVisible();
    await expect(page.locator('.pull-quote')).toHaveAttribute('aria-hidden', 'true');
    const line = /an hour in which nothing is asked of them/gi;
    const spoken = await page.locator('main').ariaSnapshot();
    expect(spoken.match(line)).toHaveLength(1);
    const doc = new JSDOM(await page.content(), { url: page.url() }).window.document;
    const reader = new Readability(doc).parse()!;
    expect(reader.textContent!.match(line)).toHaveLength(1);
    expect(reader.textContent).toContain('People don’t come for escape');
    expect(reader.textContent).not.toContain('Based on visits to three such libraries in 2023 and 2024. Names are withheld at the librarians’ request.Based');
  });
});

test.describe('code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each block is a named, focusable region whose long line scrolls inside it, never the page', async ({ page }) => {
    await open(page, 390);
    const block = page.getByRole('region', { name: 'Code sample 1: JavaScript' });
    await expect(block).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('region', { name: 'Code sample 2: Shell' })).toBeVisible();
    const { scroll, client } = await block.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await block.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('highlighting comes from classes, with other colours in the dark scheme', async ({ page }) => {
    const colours = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      return page.locator('.code-scroll .tok-keyword').first().evaluate((el) => getComputedStyle(el).color);
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light).not.toBe(dark);
    expect(light).not.toBe(await page.locator('pre.code').first().evaluate((el) => getComputedStyle(el).color));
  });

  test('Copy puts the code, exactly, on the clipboard and says so', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Copy code sample 2' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('node shelf-list.js catalogue.csv > door.txt');
    await expect(page.locator('.announcer')).toHaveText('Code sample 2 copied');
  });
});

test.describe('tables', () => {
  test('a table reads in a named, focusable region, numbers aligned as the Markdown asks', async ({ page }) => {
    await open(page, 320);
    const region = page.getByRole('region', { name: 'Table 1: Shelf Kind of book Volumes Borrowed in March' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const align = await region.locator('tbody tr').first().locator('td').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
    expect(align).toEqual(['left', 'left', 'right', 'right']);
  });
});

test.describe('editions', () => {
  test('the EPUB holds the pictures and the notes as EPUB notes, and EPUBCheck finds nothing', async ({ request }) => {
    const bytes = new Uint8Array(await (await request.get('/showcase.epub')).body());
    const files = unzipSync(bytes);
    const body = strFromU8(files['OEBPS/article.xhtml']!);
    const images = Object.keys(files).filter((f) => f.startsWith('OEBPS/images/'));
    expect(images).toHaveLength(5); // every picture: the lead image (under the title, as on the page) and the body's four
    for (const image of images) {
      const tag = body.match(new RegExp(`<img src="${image.slice('OEBPS/'.length)}"[^>]* width="(\\d+)" height="(\\d+)"`));
      expect(tag, image).not.toBeNull();
      const file = await sharp(Buffer.from(files[image]!)).metadata();
      expect([file.width, file.height], image).toEqual([Number(tag![1]), Number(tag![2])]); // the tag says the packed copy's size
      expect(file.width).toBeLessThanOrEqual(1200);
    }
    expect(body).toMatch(/<h1>Notes From a Field Library<\/h1>\s*<figure><img src="images\/1\.jpg" alt="Low hills under a pale sky, fading into haze towards the horizon"[^>]*\/>\s*<figcaption><div>Illustration: made by the test suite<\/div><\/figcaption><\/figure>/);
    expect(body).toContain('epub:type="noteref"');
    expect(body).toContain('epub:type="endnote"');
    expect(body).not.toMatch(/An hour in which nothing is asked of them\.<\/aside>|class="sidenote"/);
    test.skip(epubCheckMissing(), 'EPUBCheck is not installed (Debian: apt-get install epubcheck)');
    const { status, report } = epubCheck(bytes);
    expect(status, report).toBe(0);
    expect(report).toContain('No errors or warnings detected.');
  });

  test('the feed carries the pictures as plain images at absolute addresses, and each note once', async ({ request }) => {
    const feed = await (await request.get('/feed.xml')).text();
    const xml = new JSDOM(feed, { contentType: 'text/xml' }).window.document;
    const content = xml.getElementsByTagName('content:encoded')[0]!.textContent!;
    expect(content).not.toMatch(/<picture|srcset=/);
    const srcs = [...content.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(5); // the lead image first, as the page shows it, then the body's
    for (const src of srcs) expect(src).toMatch(/^http:\/\/localhost:4321\/_astro\//);
    expect(srcs[0]).toMatch(/\/_astro\/lead\./);
    // Each file is the size its tag says, and never wider than 1200 px (EDITION_IMAGE_WIDTH).
    const sized = [...content.matchAll(/<img src="([^"]+)"[^>]* width="(\d+)" height="(\d+)"/g)];
    expect(sized).toHaveLength(5);
    for (const [, src, width, height] of sized) {
      const file = await sharp(await (await request.get(new URL(src!).pathname)).body()).metadata();
      expect([file.width, file.height], src).toEqual([Number(width), Number(height)]);
      expect(file.width).toBeLessThanOrEqual(1200);
    }
    expect(content).toMatch(/^<figure><img [^>]*alt="Low hills under a pale sky[^"]*"[^>]*>\s*<figcaption><div>Illustration: made by the test suite<\/div><\/figcaption><\/figure>/);
    expect(content.split('Based on visits to three such libraries').length).toBe(2);
  });

  test('the Markdown edition turns the toolkit into plain Markdown, its pictures at files the site serves', async ({ request }) => {
    const md = await (await request.get('/showcase.md')).text();
    expect(md).not.toMatch(/<(Figure|Quote|PullQuote|Aside)\b|\]\(\.\//);
    expect(md).toContain('[^visits]: Based on visits');
    expect(md).toMatch(/\| :-+ \| :-+ \| -+: \| -+: \|/);
    expect(md).toContain('> — A volunteer, *Interview notes, March 2024*');
    const images = [...md.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images).toHaveLength(4); // the lead image, the Markdown image and two figures; not the decorative rule
    expect(md).toMatch(/\n# Notes From a Field Library\n\n!\[Low hills under a pale sky[^\]]*\]\(http:\/\/localhost:4321\/_astro\/lead\.[^)]+\)\n\n\*Illustration: made by the test suite\*\n/);
    for (const src of images) expect((await request.get(new URL(src).pathname)).status()).toBe(200);
  });
});

test.describe('listen', () => {
  test('reads quotations, captions and the notes, once each; not pull quotes, asides or margin copies', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await open(page, 1440);
    await page.getByRole('button', { name: 'Listen' }).click();
    for (let i = 0; i < 40; i++) await finish(page);
    const texts = await spoken(page);
    const all = texts.join('\n');
    expect(texts).toContain('People don’t come for escape. They come for an hour in which nothing is asked of them. A volunteer, Interview notes, March 2024');
    expect(texts).toContain('The basement, as the librarian drew it for new volunteers. The generator sat behind the door. Drawing: made by the test suite');
    expect(texts.at(-1)).toBe('About forty litres a month in winter, by the librarian’s estimate.');
    expect(all.split('Based on visits to three such libraries').length).toBe(2); // the note, at the end only
    expect(all.match(/an hour in which nothing is asked of them/gi)).toHaveLength(1);
    expect(all).not.toContain('The tally counts loans');
  });
});
