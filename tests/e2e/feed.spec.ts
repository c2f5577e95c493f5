/** The feed is an edition of the article, on both publications: the whole text, read by a feed parser as readers' apps read it. */
import { parseFeed } from '@rowanmanning/feed-parser';
import sanitizeHtml from 'sanitize-html';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { expect, test } from './fixtures.ts';
import { SITE } from '../../src/site.ts';
import { expectEveryParagraph, TEST_SITE_URL as canonical } from './publication.ts';

async function feed(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  return parseFeed(await response.text());
}

test('a feed parser reads the channel: title, self link, icon, and dates from the article', async ({ request, publication }) => {
  const parsed = await feed(request);
  expect(parsed.title).toBe(SITE.name);
  expect(parsed.url).toBe(canonical);
  expect(parsed.self).toBe(new URL('feed.xml', canonical).href);
  expect(parsed.image?.url).toBe(new URL('apple-touch-icon.png', canonical).href);
  // The article's own last date (not the build's clock), so rebuilds are byte-identical.
  expect(parsed.updated?.toISOString().slice(0, 10)).toBe(publication.updated ?? publication.published);
  expect(parsed.items).toHaveLength(1);
  const item = parsed.items[0]!;
  expect(item.title).toBe(publication.title);
  expect(item.url).toBe(canonical);
  expect(item.authors.map((a) => a.name)).toEqual([publication.author]);
  expect(item.published?.toISOString().slice(0, 10)).toBe(publication.published);
  expect(item.updated?.toISOString().slice(0, 10)).toBe(publication.updated ?? publication.published);
});

test('the item carries the whole article: every source paragraph verbatim, and the section headings with their ids', async ({ request, page, publication }) => {
  const content = (await feed(request)).items[0]!.content!;
  const tree = fromHtml(content, { fragment: true });
  expectEveryParagraph(selectAll('p', tree).map((p) => toString(p)), toString(tree), publication);
  await page.goto('/');
  const headings = await page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent })));
  expect(selectAll('h2', tree).map((h) => ({ id: h.properties.id, text: toString(h) }))).toEqual(headings);
  // No page interface: no contents list, no print-only block, no buttons or scripts, no empty self-links.
  expect(content).not.toMatch(/<(nav|button|script|style)\b|class=|Link to section|Read online at|Cite this article/);
});

test('every URL in the feed, channel and item, is absolute, under the site URL, and answers 200 (the writer’s own links apart)', async ({ request, publication }) => {
  const parsed = await feed(request);
  const item = parsed.items[0]!;
  const inContent = selectAll('[href], [src]', fromHtml(item.content!, { fragment: true })).map((e) => String(e.properties.href ?? e.properties.src));
  const urls = [parsed.url, parsed.self, parsed.image?.url, item.url, ...inContent].filter((u): u is string => typeof u === 'string' && !publication.writerUrls.includes(u));
  expect(urls.length).toBeGreaterThanOrEqual(4); // the channel's link, self and icon, the item's link
  for (const url of urls) {
    expect(url.startsWith(canonical), url).toBe(true);
    expect((await request.get(new URL(url).pathname + new URL(url).search)).status(), url).toBe(200);
  }
});

/** MathML Core's elements: a feed reader that shows formulas allows these (one that does not is left their text, math.spec.ts). */
const MATHML_TAGS = ['math', 'semantics', 'annotation', 'mrow', 'mi', 'mn', 'mo', 'mtext', 'mspace', 'ms', 'msub', 'msup', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mpadded', 'mphantom', 'mstyle', 'mmultiscripts', 'mprescripts', 'merror'];

test('a sanitiser (sanitize-html: its defaults plus ids on headings and notes, images, and MathML for a reader that shows it) strips nothing', async ({ request, publication }) => {
  const content = (await feed(request)).items[0]!.content!;
  // Ids on headings, on the notes and their references, on labelled figures, tables and
  // formulas (numbering.ts): a reader that strips them loses no
  // words and no link, as every link in the feed, a note's too, is absolute to the page.
  const sanitized = sanitizeHtml(content, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', ...MATHML_TAGS],
    allowedAttributes: {
      ...sanitizeHtml.defaults.allowedAttributes,
      ...Object.fromEntries(['h2', 'h3', 'h4', 'li', 'figure', 'section'].map((h) => [h, ['id']])),
      a: [...sanitizeHtml.defaults.allowedAttributes.a!, 'id'],
      img: ['src', 'srcset', 'alt', 'title', 'width', 'height', 'loading'],
      math: ['xmlns', 'display', 'alttext'],
      ...Object.fromEntries(MATHML_TAGS.filter((t) => t !== 'math').map((t) => [t, ['displaystyle', 'scriptlevel', 'stretchy', 'fence', 'separator', 'lspace', 'rspace', 'mathvariant', 'accent', 'accentunder', 'columnalign', 'rowspacing', 'columnspacing', 'linethickness', 'form', 'largeop', 'movablelimits', 'symmetric', 'minsize', 'maxsize']])),
    },
  });
  const normal = (html: string) => toHtml(fromHtml(html, { fragment: true }));
  expect(normal(sanitized)).toBe(normal(content));
  // And the item is the whole text, not a summary: at least as long as the source's paragraphs.
  expect(content.length).toBeGreaterThan(publication.chunks.join(' ').length);
});

test('JSON-LD gives the word count and the read time the byline shows', async ({ page, publication }) => {
  await page.goto('/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const minutes = publication.words.minutesIn((await page.locator('.byline-read-time').textContent())!);
  expect(ld.timeRequired).toBe(`PT${minutes}M`);
  // Independent of our counter: whitespace-separated words of the prose a screen reader meets
  // (not what is shown twice for the eye alone, nor the controls, nor a References list, which
  // is looked up, not read: docs/toolkit.md), within 2 %.
  const prose = await page.locator('.prose').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"], button, [role="doc-bibliography"]').forEach((e) => e.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length; // a word in any script
  expect(Math.abs(ld.wordCount - words)).toBeLessThanOrEqual(words * 0.02);
});
