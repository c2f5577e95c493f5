/** The toolkit in the editions, on the showcase: pictures and notes in the EPUB, the feed and the Markdown edition. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { expect, test } from '../fixtures.ts';
import { epubCheck, epubCheckMissing } from '../epubcheck.ts';
import { TEST_SITE_URL } from '../publication.ts';

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
    expect(body).toMatch(
      /<h1>Notes From a Field Library<\/h1>\s*<figure><img src="images\/1\.jpg" alt="Low hills under a pale sky, fading into haze towards the horizon"[^>]*\/>\s*<figcaption><div>Illustration: made by the test suite<\/div><\/figcaption><\/figure>/,
    );
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
    for (const src of srcs) expect(src.startsWith(`${TEST_SITE_URL}_astro/`), src).toBe(true);
    expect(srcs[0]).toMatch(/\/_astro\/lead\./);
    // Each file is the size its tag says, and never wider than 1200 px (EDITION_IMAGE_WIDTH).
    const sized = [...content.matchAll(/<img src="([^"]+)"[^>]* width="(\d+)" height="(\d+)"/g)];
    expect(sized).toHaveLength(5);
    for (const [, src, width, height] of sized) {
      const file = await sharp(await (await request.get(new URL(src!).pathname)).body()).metadata();
      expect([file.width, file.height], src).toEqual([Number(width), Number(height)]);
      expect(file.width).toBeLessThanOrEqual(1200);
    }
    expect(content).toMatch(
      /^<figure><img [^>]*alt="Low hills under a pale sky[^"]*"[^>]*>\s*<figcaption><div>Illustration: made by the test suite<\/div><\/figcaption><\/figure>/,
    );
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
    expect(md).toMatch(
      /\n# Notes From a Field Library\n\n!\[Low hills under a pale sky[^\]]*\]\(([^)]+)\)\n\n\*Illustration: made by the test suite\*\n/,
    );
    expect(images[0]!.startsWith(`${TEST_SITE_URL}_astro/lead.`), images[0]).toBe(true);
    for (const src of images) expect((await request.get(new URL(src).pathname)).status()).toBe(200);
  });
});
