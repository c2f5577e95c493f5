/**
 * The feed and the JSON-LD, on each of the product's publications: what the product knows of
 * them. What any article's feed must carry (its whole text, its dates, sound URLs, nothing a
 * sanitiser strips): the writer's check (tests/article-check/feed.spec.ts).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { expect, test } from './fixtures.ts';
import { SITE } from '../../src/site.ts';
import { TEST_SITE_URL as canonical } from './publication.ts';

async function feed(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  return parseFeed(await response.text());
}

test('the channel is the site’s: its name and icon', async ({ request }) => {
  const parsed = await feed(request);
  expect(parsed.title).toBe(SITE.name);
  expect(parsed.image?.url).toBe(new URL('apple-touch-icon.png', canonical).href);
});

test('the item holds none of the page’s interface words, and more than the source’s paragraphs', async ({ request, publication }) => {
  const content = (await feed(request)).items[0]!.content!;
  const text = toString(fromHtml(content, { fragment: true }));
  for (const chrome of publication.words.chrome.filter((c) => c !== '@misc')) expect(text, chrome).not.toContain(chrome);
  // The whole text, not a summary.
  expect(content.length).toBeGreaterThan(publication.pieces.map((p) => p.text).join(' ').length);
});

test('JSON-LD gives the word count and the read time the byline shows', async ({ page, publication }) => {
  await page.goto('/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const minutes = publication.words.minutesIn((await page.locator('.byline-read-time').textContent())!);
  expect(ld.timeRequired).toBe(`PT${minutes}M`);
  // Independent of our counter: whitespace-separated words of the prose a screen reader meets
  // (not what is shown twice for the eye alone, nor the controls, nor a References list, which
  // is looked up, not read: docs/toolkit.md, nor the corrections and updates, the record of the
  // text's changes, not its words), within 2 %.
  const prose = await page.locator('.prose').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"], button, [role="doc-bibliography"]').forEach((e) => e.remove());
    // The corrections and updates: a list named by its heading.
    copy.querySelectorAll('ol[aria-labelledby]').forEach((list) => {
      copy.querySelector(`[id="${list.getAttribute('aria-labelledby')}"]`)?.remove();
      list.remove();
    });
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length; // a word in any script
  expect(Math.abs(ld.wordCount - words)).toBeLessThanOrEqual(words * 0.02);
});
