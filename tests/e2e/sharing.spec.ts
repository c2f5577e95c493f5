/** Sharing a link: what share targets read from the page, and the page's own share controls. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEED_ARTICLE } from '../build/temp-project.ts';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { fixtureDist } from './fixture-sites.ts';
import { fakeShare, shareCalls } from './fake-share.ts';
import { articleSource } from '../article-source.ts';
import { SITE } from '../../src/site.ts';
import { TEST_SITE_URL } from './publication.ts';

/** The seed article's frontmatter (its fixture copy: this spec runs on the seed project). */
const { frontmatter } = articleSource(dirname(SEED_ARTICLE));
/** The canonical URL the test build is made for (pinned: publication.ts). */
const canonical = TEST_SITE_URL;
/** The seed's built page, as a share target fetches it. */
const seedFile = (name: string) => join(fixtureDist('seed'), name);
const pageHtml = () => readFileSync(seedFile('index.html'), 'utf8');

test('a share target reads the title, description, URL and image from the page', async () => {
  const { result } = await ogs({ html: pageHtml() });
  expect(result.ogType).toBe('article');
  expect(result.ogTitle).toBe(frontmatter.title);
  expect(result.ogDescription).toBe(frontmatter.description);
  expect(result.ogUrl).toBe(canonical);
  expect(result.ogSiteName).toBe(SITE.name);
  expect(result.ogLocale).toBe('en_US');
  expect(result.ogImage).toEqual([
    {
      url: new URL('og.png', canonical).href,
      type: 'image/png',
      width: '1200',
      height: '630',
      alt: `${frontmatter.title}, by ${frontmatter.author.name}`,
    },
  ]);
  expect(result.articlePublishedTime).toBe('2023-11-22');
  expect(result.articleAuthor).toBe(frontmatter.author.url ?? frontmatter.author.name);
  expect(result.twitterCard).toBe('summary_large_image');
  expect(result.twitterTitle).toBe(frontmatter.title);
  expect(result.twitterDescription).toBe(frontmatter.description);
  expect(result.twitterImage?.[0]?.url).toBe(new URL('og.png', canonical).href);
  // modified_time appears only once the article is updated.
  expect('articleModifiedTime' in result).toBe(!!frontmatter.updated);
});

test('search engines read Article JSON-LD that matches the frontmatter', async () => {
  const { result } = await ogs({ html: pageHtml() });
  expect(result.jsonLD).toHaveLength(1);
  const ld = result.jsonLD![0] as Record<string, any>;
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(frontmatter.title);
  expect(ld.description).toBe(frontmatter.description);
  expect(ld.author).toEqual({ '@type': 'Person', name: frontmatter.author.name });
  expect(ld.datePublished).toBe('2023-11-22');
  expect(ld.dateModified).toBe('2023-11-22');
  expect(ld.image).toEqual([new URL('og.png', canonical).href]);
  expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });
});

test('the <head> has the title, description and canonical link', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(`${frontmatter.title} · ${SITE.name}`);
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', frontmatter.description);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', canonical);
});

test('the preview image is a 1200×630 PNG in dist/, served at its og:image path', async ({ request }) => {
  const meta = await sharp(seedFile('og.png')).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  const response = await request.get('/og.png');
  expect(response.headers()['content-type']).toContain('image/png');
});

test('icons: SVG favicon with a PNG fallback and an apple-touch-icon (the theme colours: palette.spec.ts)', async ({ page, request }) => {
  await page.goto('/');
  for (const [selector, size] of [
    ['link[rel=icon][type="image/png"]', 32],
    ['link[rel=apple-touch-icon]', 180],
  ] as const) {
    const href = await page.locator(selector).getAttribute('href');
    const meta = await sharp(await (await request.get(href!)).body()).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
  }
  const svg = await request.get((await page.locator('link[rel=icon][type="image/svg+xml"]').getAttribute('href'))!);
  expect(await svg.text()).toContain('<svg');
});

test('feed, sitemap and robots.txt name the article by its canonical URL', async ({ page, request }) => {
  await page.goto('/');
  const feedHref = await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href');
  const feed = await (await request.get(feedHref!)).text();
  expect(feed).toContain(`<title>${frontmatter.title}</title>`);
  expect(feed).toContain(`<link>${canonical}</link>`);
  expect(feed).toContain('<pubDate>Wed, 22 Nov 2023 00:00:00 GMT</pubDate>');
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBe(new URL('sitemap-index.xml', canonical).href);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(first).pathname)).text();
  expect(sitemap).toContain(`<loc>${canonical}</loc>`);
  expect(sitemap).not.toContain('404');
});

test('llms.txt maps the article for agents: its title, canonical URL and a line for each section', async ({ page, request }) => {
  await page.goto('/');
  const sections = await page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/(plain|markdown)/); // hosts serve .txt as text/plain
  const lines = (await response.text()).split('\n');
  expect(lines[0]).toBe(`# ${SITE.name}`);
  expect(lines).toContain(`- [${frontmatter.title}](${canonical}): ${frontmatter.description}`);
  const sectionLines = lines.filter((l) => /^\s+- \[/.test(l));
  expect(sectionLines).toEqual(sections.map((s) => `  - [${s.text}](${canonical}#${s.id})`));
  expect(sectionLines.length).toBeGreaterThanOrEqual(3);
});

test.describe('share controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Share copies the URL where the browser has no share sheet, and says so', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('Share opens the share sheet with the title and URL where there is one', async ({ page }) => {
    await fakeShare(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await shareCalls(page)).toEqual([{ title: frontmatter.title, url: canonical }]);
  });

  test('a section anchor copies the URL of its section, and still goes there', async ({ page }) => {
    await page.goto('/');
    // The script takes the anchors after the first paint, before the Copy buttons it adds: once
    // those are there, so is the copying (before, an anchor is a plain link, as without script).
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeAttached();
    const anchor = page.locator('a.anchor').nth(1);
    const id = (await anchor.getAttribute('href'))!.slice(1);
    await anchor.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.getByRole('status')).toHaveText('Link to section copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${id}`);
  });

  test('Cite this article: the citation and BibTeX are there, each with a Copy button', async ({ page }) => {
    await page.goto('/');
    const cite = page.getByRole('region', { name: 'Cite this article' });
    const short = cite.locator('.cite-short');
    await expect(short).toContainText(
      `${frontmatter.author.name}, \u201C${frontmatter.title},\u201D ${SITE.name}, November 22, 2023, ${canonical}.`,
    );
    await expect(cite.locator('.cite-bibtex')).toContainText(`url = {${canonical}}`);
    await cite.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status')).toHaveText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await short.textContent());
    await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.getByRole('status')).toHaveText('BibTeX copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{baghai2023\w+,\n/);
  });

  test('Cite this article in APA, MLA and RIS: behind one summary, each as its style sets it, each with Copy', async ({ page }) => {
    await page.goto('/');
    const cite = page.getByRole('region', { name: 'Cite this article' });
    await cite.getByText('Other formats: APA, MLA, RIS').click();
    // As each style's manual sets a web page (the unit test says which rule gives each part).
    const formats = {
      APA: `Baghai, C. (2023, November 22). What We Learned From Interviewing Russian POWs. Long Form. ${canonical}`,
      MLA: `Baghai, Christian. \u201CWhat We Learned From Interviewing Russian POWs.\u201D Long Form, 22 Nov. 2023, ${canonical}.`,
      RIS: [
        'TY  - ELEC',
        `TI  - ${frontmatter.title}`,
        'AU  - Baghai, Christian',
        'PY  - 2023',
        'DA  - 2023/11/22/',
        `T2  - ${SITE.name}`,
        `UR  - ${canonical}`,
        'LA  - en',
        `AB  - ${frontmatter.description}`,
        'ER  - ',
      ].join('\n'),
    };
    for (const [name, text] of Object.entries(formats)) {
      await cite.getByRole('button', { name: `Copy ${name}` }).click();
      await expect(page.getByRole('status')).toHaveText(`${name} copied`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
    await expect(cite.getByText(formats.APA)).toBeVisible();
    // APA sets a web page's title in italics, MLA the site's.
    const italic = (style: string, text: string) =>
      cite
        .getByRole('definition')
        .filter({ hasText: formats[style as keyof typeof formats].slice(0, 20) })
        .getByText(text, { exact: true })
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontStyle));
    expect(await italic('APA', frontmatter.title)).toEqual(['italic']);
    expect(await italic('MLA', SITE.name)).toEqual(['italic']);
  });

  test('where the clipboard refuses, the reader is told how to copy the address instead', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status')).toHaveText('Could not copy: copy the address from the address bar');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no dead button: sharing is an email link, the citation plain text', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button')).toHaveCount(0);
    const mail = page.getByRole('link', { name: 'Email this article' });
    const href = new URL((await mail.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe(frontmatter.title);
    expect(href.searchParams.get('body')).toBe(canonical);
    await expect(page.locator('.cite-short')).toBeVisible();
    // The other formats open without script too.
    await page.getByText('Other formats: APA, MLA, RIS').click();
    await expect(page.getByText('Baghai, C. (2023, November 22).')).toBeVisible();
  });
});
