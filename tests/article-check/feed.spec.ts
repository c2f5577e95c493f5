/** The feed, read by a feed parser as readers' apps read it: the whole article, nothing of the page's interface. */
import { parseFeed } from '@rowanmanning/feed-parser';
import sanitizeHtml from 'sanitize-html';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixture.ts';
import { letters, missingPieces } from './every-piece.ts';

async function feed(request: APIRequestContext) {
  const response = await request.get('feed.xml');
  expect(response.status()).toBe(200);
  return parseFeed(await response.text());
}

test('a feed parser reads one item, the article: its title, address, author and dates', async ({ request, article }) => {
  const parsed = await feed(request);
  expect(parsed.url).toBe(article.canonical);
  expect(parsed.self).toBe(new URL('feed.xml', article.canonical).href);
  expect(parsed.items).toHaveLength(1);
  const item = parsed.items[0]!;
  expect(item.title).toBe(article.title);
  expect(item.url).toBe(article.canonical);
  expect(item.authors.map((a) => a.name)).toEqual([article.author]);
  expect(item.published?.toISOString().slice(0, 10)).toBe(article.published);
  // The article's own last date, not the build's clock: a rebuild changes nothing a reader's app sees.
  expect(item.updated?.toISOString().slice(0, 10)).toBe(article.updated ?? article.published);
  expect(parsed.updated?.toISOString().slice(0, 10)).toBe(article.updated ?? article.published);
});

test('the item carries the whole article: the writer’s headings, each with the id the page gives it, and every piece of the text', async ({
  request,
  page,
  article,
}) => {
  const content = (await feed(request)).items[0]!.content!;
  const tree = fromHtml(content, { fragment: true });
  expect(missingPieces(toString(tree), article.pieces, article.file)).toEqual([]);
  const headings = selectAll('h2', tree).map((h) => ({ id: String(h.properties.id), text: letters(toString(h)) }));
  for (const heading of article.headings) expect(headings.map((h) => h.text)).toContain(letters(heading));
  await page.goto('');
  for (const { id } of headings) await expect(page.locator(`[id="${id}"]`), `the page's heading #${id}`).toHaveCount(1);
  // No page interface: no navigation, control, script, style or class of the page's.
  expect(content).not.toMatch(/<(nav|button|script|style|form)\b|\sclass=/);
});

test('every address in the feed is absolute, under the site’s, and answers (the writer’s own links apart)', async ({
  request,
  article,
}) => {
  const parsed = await feed(request);
  const item = parsed.items[0]!;
  const inContent = selectAll('[href], [src]', fromHtml(item.content!, { fragment: true })).map((e) =>
    String(e.properties.href ?? e.properties.src),
  );
  const urls = [parsed.url, parsed.self, parsed.image?.url, item.url, ...inContent].filter(
    (u): u is string => typeof u === 'string' && !article.writerUrls.includes(u),
  );
  for (const url of urls) {
    expect(url.startsWith(article.canonical), url).toBe(true);
    const { pathname, search } = new URL(url);
    const base = new URL(article.canonical).pathname;
    expect((await request.get(pathname.slice(base.length) + search)).status(), url).toBe(200);
  }
});

/** MathML Core's elements: a feed reader that shows formulas allows these. */
const MATHML_TAGS = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'mtext',
  'mspace',
  'ms',
  'msub',
  'msup',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mpadded',
  'mphantom',
  'mstyle',
  'mmultiscripts',
  'mprescripts',
  'merror',
];

test('a reader app’s sanitiser (sanitize-html: its defaults, with ids, pictures and MathML) strips nothing of it', async ({ request }) => {
  const content = (await feed(request)).items[0]!.content!;
  const sanitized = sanitizeHtml(content, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', ...MATHML_TAGS],
    allowedAttributes: {
      ...sanitizeHtml.defaults.allowedAttributes,
      ...Object.fromEntries(['h2', 'h3', 'h4', 'li', 'figure', 'section'].map((h) => [h, ['id']])),
      a: [...sanitizeHtml.defaults.allowedAttributes.a!, 'id'],
      img: ['src', 'srcset', 'alt', 'title', 'width', 'height', 'loading'],
      math: ['xmlns', 'display', 'alttext'],
      // MathML Core's attributes (mspace and mpadded take a width, height and depth).
      ...Object.fromEntries(
        MATHML_TAGS.filter((t) => t !== 'math').map((t) => [
          t,
          [
            'displaystyle',
            'scriptlevel',
            'stretchy',
            'fence',
            'separator',
            'lspace',
            'rspace',
            'mathvariant',
            'accent',
            'accentunder',
            'columnalign',
            'rowspacing',
            'columnspacing',
            'linethickness',
            'form',
            'largeop',
            'movablelimits',
            'symmetric',
            'minsize',
            'maxsize',
            'width',
            'height',
            'depth',
            'voffset',
          ],
        ]),
      ),
    },
  });
  const normal = (html: string) => toHtml(fromHtml(html, { fragment: true }));
  expect(normal(sanitized)).toBe(normal(content));
});
