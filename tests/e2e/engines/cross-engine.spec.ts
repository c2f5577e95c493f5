/**
 * Every reading path in Gecko (Firefox ESR) and WebKit (WebKitGTK, the Safari engine), on the
 * live publication (dist/) and the showcase, at a phone's width and a desktop's, in the words
 * each page writes (its language's) and against the text its source gives. WebKitGTK's window
 * cannot be narrower than about 447 px: its "phone" is that width (the narrowest phones are
 * checked in Chromium, at 320 px). The checks each engine cannot make say so where they are.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type EnginePage } from '../../engines/engine.ts';
import { startStaticServer } from '../../tools/static-server.ts';
import { letters, missingPieces } from '../../article-check/every-piece.ts';
import { fakeSpeechScript, type FakeVoice } from '../fake-speech.ts';
import { expect, firstFrameProbe, open, reportsIn, serveSite, test, type Probe, type Site, type SiteName } from './engine-test.ts';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** The reader's visible text (what they would copy), as the engine lays it out. */
const visibleText = (reader: EnginePage) => reader.evaluate(() => document.body.innerText);

/** Whether an element's box is in the viewport (at least partly), as a reader would see it. */
const inView = (reader: EnginePage, selector: string) =>
  reader.evaluate((s: string) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }, selector);

for (const siteName of ['publication', 'showcase'] as const satisfies SiteName[]) {
  for (const size of WIDTHS) {
    test.describe(`${siteName}, ${size.name}`, () => {
      let site: Site;
      test.beforeEach(async ({ reader, sites, engine }) => {
        site = sites[siteName];
        const laid = await reader.resize(size.width, size.height);
        // The width the engine lays out: WebKitGTK's window stops at its minimum.
        if (engine === 'webkit' && size.width < 447) expect(laid.width).toBeLessThanOrEqual(460);
        else expect(laid.width).toBeLessThanOrEqual(size.width);
      });

      test('every word is there, the script adds every control, and nothing scrolls sideways', async ({ reader }) => {
        await open(reader, site.url);
        const text = await visibleText(reader);
        expect(letters(text)).toContain(letters(site.article.title));
        expect(missingPieces(text, site.article.pieces, site.article.file)).toEqual([]);
        const { scroll, client } = await reader.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll).toBeLessThanOrEqual(client);
      });

      test('each contents link leads to its section, and each section anchor links to its heading', async ({ reader }) => {
        await open(reader, site.url);
        const links = await reader.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('nav.contents a')].map((a) => ({ hash: a.hash, text: a.textContent })),
        );
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          await reader.click('nav.contents a', link.text!);
          await expect.poll(() => reader.evaluate(() => location.hash)).toBe(link.hash);
          const heading = `[id="${decodeURIComponent(link.hash.slice(1))}"]`;
          expect(await reader.evaluate((s: string) => document.querySelector(s)?.textContent, heading)).toBe(link.text);
          await expect.poll(() => inView(reader, heading)).toBe(true);
        }
        const anchors = await reader.evaluate(() =>
          [...document.querySelectorAll('.prose :is(h2, h3)')].map((h) => ({
            id: h.id,
            href: h.closest('.heading')?.querySelector('a.anchor')?.getAttribute('href'),
          })),
        );
        for (const { id, href } of anchors) expect(href).toBe(`#${id}`);
      });

      test('a link to a quotation (a text fragment) opens the page at the passage', async ({ reader }) => {
        await open(reader, site.url);
        // The last paragraph's first words, as a reader selecting them would link them.
        const words = await reader.evaluate(() =>
          [...document.querySelectorAll('.prose > p')].at(-1)!.textContent!.trim().split(/\s+/).slice(0, 6).join(' '),
        );
        await reader.goto(`${site.url}#:~:text=${encodeURIComponent(words)}`);
        await expect.poll(() => reader.evaluate(() => scrollY)).toBeGreaterThan(0);
        await expect.poll(() => inView(reader, '.prose > p:last-of-type')).toBe(true);
      });

      test('Share, with no share sheet, copies the link or says how to copy it', async ({ reader, engine }) => {
        const words = await open(reader, site.url);
        expect(await reader.evaluate(() => 'share' in navigator)).toBe(false); // neither engine has one on Linux
        await reader.click('button', words.share);
        const said = await expect
          .poll(() => reader.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''))
          .not.toBe('')
          .then(() => reader.evaluate(() => document.querySelector('[role="status"]')!.textContent));
        // Firefox lets a click write the clipboard; WebKitGTK's automation may not: either way the reader is told.
        expect(engine === 'gecko' ? [words.linkCopied] : [words.linkCopied, words.copyFailed]).toContain(said);
      });

      test('a return visit offers to continue at the paragraph left, and goes there', async ({ reader }) => {
        const words = await open(reader, site.url);
        await reader.evaluate(() => localStorage.clear());
        const left = await reader.evaluate(() => {
          // A paragraph in the middle: one near the end may leave the page scrolled to its end, read.
          const all = document.querySelectorAll('.prose > p');
          const p = all[Math.max(1, Math.floor((all.length - 1) / 2))]!;
          p.scrollIntoView({ block: 'start' });
          return p.textContent;
        });
        await expect.poll(() => reader.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('reading-position:')))).toBe(true);
        await open(reader, site.url);
        expect(await reader.evaluate(() => scrollY)).toBe(0); // offered, never done
        await reader.click('a', words.continueWhereYouLeftOff);
        await expect.poll(() => reader.evaluate(() => location.hash)).not.toBe('');
        const landed = await reader.evaluate(() => location.hash);
        expect(await reader.evaluate((id: string) => document.getElementById(id)?.textContent, decodeURIComponent(landed.slice(1)))).toBe(
          left,
        );
        await expect.poll(() => inView(reader, `[id="${decodeURIComponent(landed.slice(1))}"]`)).toBe(true);
        await reader.evaluate(() => localStorage.clear());
      });

      test('the EPUB link gives the book it names, at its size', async ({ reader }) => {
        await open(reader, site.url);
        const book = await reader.evaluate(async () => {
          const link = document.querySelector<HTMLAnchorElement>('a[type="application/epub+zip"]')!;
          const response = await fetch(link.href);
          const bytes = new Uint8Array(await response.arrayBuffer());
          return {
            label: link.textContent,
            status: response.status,
            type: response.headers.get('content-type'),
            magic: String.fromCharCode(...bytes.slice(0, 2)),
            kB: bytes.length / 1000,
          };
        });
        expect(book).toMatchObject({ status: 200, type: 'application/epub+zip', magic: 'PK' });
        // The size the link says, in any language's digits ("53 kB", "٥٣ كيلوبايت").
        const digits = /[\d\u0660-\u0669\u06F0-\u06F9]+/.exec(book.label!)?.[0] ?? '';
        const said = Number(
          [...digits]
            .map((d) =>
              String(d.charCodeAt(0) >= 0x06f0 ? d.charCodeAt(0) - 0x06f0 : d.charCodeAt(0) >= 0x0660 ? d.charCodeAt(0) - 0x0660 : d),
            )
            .join(''),
        );
        expect(Math.abs(said - book.kB)).toBeLessThanOrEqual(1);
      });
    });
  }

  // No voice is installed on this machine: a scripted one stands in (fake-speech.ts), served
  // before the page's scripts, as Chromium's tests do with Playwright's init script.
  test.describe(`${siteName}: Listen`, () => {
    async function withVoices(reader: EnginePage, site: Site, voices: (lang: string) => FakeVoice[], run: (url: string) => Promise<void>) {
      const served = await serveSite(site.article.dist, fakeSpeechScript(voices(site.article.lang)));
      try {
        await run(served.url);
        expect(await reportsIn(reader, served), 'CSP violations').toEqual([]);
      } finally {
        await served.close();
      }
    }

    test('with a voice on the device for the article’s language, Listen is offered and reads the article from its title', async ({
      reader,
      sites,
    }) => {
      const site = sites[siteName];
      await reader.resize(1280, 800);
      await withVoices(
        reader,
        site,
        (lang) => [{ lang, localService: true }],
        async (url) => {
          const words = await open(reader, url);
          await reader.click('button', words.listen);
          const spoken = () =>
            reader.evaluate(() => (window as unknown as { speech: { spoken: { text: string }[] } }).speech.spoken.map((s) => s.text));
          await expect.poll(async () => (await spoken()).length).toBeGreaterThan(0);
          expect(letters((await spoken())[0]!)).toContain(letters(site.article.title));
        },
      );
    });

    test('with voices only for other languages, or none on the device for its own, Listen is not offered', async ({ reader, sites }) => {
      const site = sites[siteName];
      await reader.resize(1280, 800);
      const other = site.article.lang.startsWith('zu') ? 'xh' : 'zu';
      await withVoices(
        reader,
        site,
        (lang) => [
          { lang: other, localService: true },
          { lang, localService: false },
        ],
        async (url) => {
          const words = await open(reader, url);
          expect(
            await reader.evaluate(
              (listen: string) => [...document.querySelectorAll('button')].some((b) => b.textContent === listen),
              words.listen,
            ),
          ).toBe(false);
        },
      );
    });
  });

  test.describe(`${siteName}: where an engine lacks a feature (docs/browsers.md)`, () => {
    test('the reading-progress bar follows the scroll where the engine can drive it from the scroll, and is absent where not', async ({
      reader,
      sites,
    }) => {
      await reader.resize(1280, 800);
      await open(reader, sites[siteName].url);
      const supported = await reader.evaluate(() => CSS.supports('animation-timeline: scroll()')); // Firefox 153: no
      const painted = () => reader.evaluate(() => document.querySelector('.reading-progress')!.getBoundingClientRect().width / innerWidth);
      if (!supported) return expect(await painted()).toBe(0);
      await reader.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      await expect.poll(painted).toBeGreaterThan(0.4);
      expect(await painted()).toBeLessThan(0.6);
    });
  });

  test.describe(`${siteName}: colours`, () => {
    test('a dark device gets the dark scheme from the first frame', async ({ engine, sites }) => {
      const dark = await launch(engine, { dark: true });
      try {
        await dark.onNewDocument?.(firstFrameProbe);
        await dark.goto(sites[siteName].url);
        const paper = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = paper.match(/\d+/g)!.map(Number);
        expect(r! + g! + b!, paper).toBeLessThan(3 * 60);
        // Gecko only: WebKit's classic WebDriver has no hook before the first frame.
        if (engine === 'gecko') expect(await dark.evaluate(() => (window as unknown as Probe).firstFrame)).toBe(paper);
        expect(await dark.errors()).toEqual([]);
      } finally {
        await dark.close();
      }
    });

    test('a scheme the reader chose is kept for the next visit', async ({ reader, sites, engine }) => {
      const { url } = sites[siteName];
      await open(reader, url);
      const device = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await reader.click('details.settings > summary');
      await reader.click('details.settings input[value="sepia"]');
      await expect.poll(() => reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(device);
      const sepia = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await reader.onNewDocument?.(firstFrameProbe);
      await open(reader, url);
      expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(sepia);
      // Applied from the first frame, no flash of the device's colours (Gecko only, as above).
      if (engine === 'gecko') expect(await reader.evaluate(() => (window as unknown as Probe).firstFrame)).toBe(sepia);
      await reader.click('details.settings > summary');
      await reader.click('details.settings input[value="auto"]');
      await expect.poll(() => reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(device);
    });
  });
}

test.describe('showcase: the explanatory toolkit in this engine', () => {
  test('a formula is MathML the engine lays out: a fraction stands taller than a line of text', async ({ reader, sites }) => {
    await reader.resize(1280, 800);
    await open(reader, sites.showcase.url);
    const { fraction, line } = await reader.evaluate(() => ({
      fraction: document.querySelector('.prose mfrac')!.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(document.querySelector('.prose p')!).lineHeight),
    }));
    expect(fraction).toBeGreaterThan(line);
  });
});

test.describe('showcase: the article as a record', () => {
  test('the byline’s line leads to the corrections and updates, each dated as the reader reads dates', async ({ reader, sites }) => {
    await reader.resize(390, 844);
    await open(reader, sites.showcase.url);
    await reader.click('main a', 'Updated April 2, 2024');
    await expect.poll(() => reader.evaluate(() => location.hash)).toBe('#corrections-and-updates');
    await expect.poll(() => inView(reader, '#corrections-and-updates')).toBe(true);
    const section = await reader.evaluate(
      () => (document.querySelector('ol[aria-labelledby="corrections-and-updates"]') as HTMLElement).innerText,
    );
    expect(section.replace(/\s+/g, ' ')).toContain(
      'Correction, March 12, 2024: An earlier version of this article gave the library \u201Cfive shelves\u201D; the librarian\u2019s tally lists four. ' +
        'Update, April 2, 2024: Added the figure for loans in March, from the librarian\u2019s tally, received after publication.',
    );
  });

  test('Cite this article opens its other formats as text to select, each with Copy: APA and MLA for a blog post, and RIS', async ({
    reader,
    sites,
  }) => {
    await open(reader, sites.showcase.url);
    const summary = 'Other formats: APA, MLA, RIS';
    await reader.click('summary', summary);
    const opened = () =>
      reader.evaluate((words: string) => {
        const details = [...document.querySelectorAll('summary')].find((s) => s.textContent?.trim() === words)!.parentElement!;
        return {
          text: details.innerText.replace(/\s+/g, ' '),
          buttons: [...details.querySelectorAll('button')].map((b) => b.textContent?.trim()),
          // The blog's name, wherever a style sets it in italics.
          italic: [...details.querySelectorAll('*')]
            .filter((el) => el.textContent === 'Long Form')
            .map((el) => getComputedStyle(el).fontStyle),
        };
      }, summary);
    // APA 7 (10.1, a blog post: its title plain, the blog's in italics) and MLA 9 (the site as container).
    await expect.poll(async () => (await opened()).text).toContain('Author, T. (2024, March 4). Notes From a Field Library. Long Form.');
    const { text, buttons, italic } = await opened();
    expect(text).toContain('Author, Test. \u201CNotes From a Field Library.\u201D Long Form, 4 Mar. 2024,');
    expect(text).toContain('TY - BLOG TI - Notes From a Field Library AU - Author, Test');
    expect(buttons).toEqual(['Copy APA', 'Copy MLA', 'Copy RIS']);
    expect(italic).toEqual(['italic', 'italic']);
  });
});

test.describe('showcase: what opens in place (the HTML popover, no script)', () => {
  test('a tap on a citation opens its entries over the text, whose link leads to the References; on a phone a note opens in place too', async ({
    reader,
    sites,
  }) => {
    const { url } = sites.showcase;
    await reader.resize(390, 844);
    await open(reader, url);
    const opened = () => reader.evaluate(() => (document.querySelector(':popover-open') as HTMLElement | null)?.innerText ?? '');
    await reader.click('.prose button', '(Battles 2003, 12; Wiegand 2015)');
    await expect.poll(opened).toContain('Battles, Matthew. 2003. Library: An Unquiet History.');
    await reader.click(':popover-open a', 'In the references');
    await expect.poll(() => reader.evaluate(() => location.hash)).toBe('#bib-battles2003');
    await open(reader, url);
    await reader.click('.prose sup button', '1');
    await expect.poll(opened).toContain('Based on visits to three such libraries');
  });
});

test('the spec sees what goes wrong: a script error and a CSP violation in a page are caught', async ({ reader }) => {
  // A page of its own whose script throws after the page has loaded, and whose inline style its policy forbids.
  const script = "setTimeout(() => { throw new Error('thrown on purpose'); }, 800);";
  const hash = createHash('sha256').update(script).digest('base64');
  const folder = mkdtempSync(join(tmpdir(), 'faulty-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-${hash}'"><title>Faulty</title><p style="color: red">Faulty</p><script>${script}</script></html>`,
  );
  const reports: string[] = [];
  const server = await startStaticServer({ root: folder, cspReports: reports });
  try {
    await reader.goto(server.url);
    await expect.poll(() => reports.length).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 1200));
    expect((await reader.errors()).join('\n')).toContain('thrown on purpose');
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
