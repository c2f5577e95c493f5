/**
 * The page as reference managers and citation tools read it: Zotero (its Embedded Metadata
 * translator's rules, zotero-rules.ts) and Wikipedia's citation tool (Wikimedia's html-metadata
 * itself) find what the article is (a web page, a blog post or a news article, as its frontmatter
 * says; never a journal article) and its title, author, date, site, address, language and
 * abstract, as the frontmatter gives them. Mastodon finds the author's account where it is given.
 */
import htmlMetadata from 'html-metadata';
import { expect, test } from './fixture.ts';
import { zoteroItem } from './zotero-rules.ts';
import { SITE } from '../../src/site.ts';

/** What Zotero files each kind of article as. */
const ZOTERO_TYPES: Record<string, string> = { 'web-page': 'webpage', 'blog-post': 'blogPost', 'news-article': 'newspaperArticle' };

/** A name as Zotero splits it: the last word is the family name. */
const nameOf = (name: string) => {
  const words = name.trim().split(/\s+/);
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
};

test('Zotero saves it as what it is, with its title, author, date, site, address, language and abstract', async ({ request, article }) => {
  const html = await (await request.get('')).text();
  const item = zoteroItem(html, article.canonical);
  expect(item).toEqual({
    itemType: ZOTERO_TYPES[article.kind],
    title: article.title,
    creators: [nameOf(article.author)],
    date: article.published.replace(/-/g, '/'),
    url: article.canonical,
    language: article.lang,
    abstractNote: article.description,
    publicationTitle: SITE.name,
  });
});

test('Wikipedia’s citation tool (html-metadata) reads the same in each vocabulary', async ({ request, article }) => {
  const metadata = await htmlMetadata.loadFromString(await (await request.get('')).text());
  expect(metadata.highwirePress).toMatchObject({
    title: article.title,
    author: article.author,
    publication_date: article.published.replace(/-/g, '/'),
    language: article.lang,
    abstract: article.description,
    public_url: article.canonical,
  });
  expect(metadata.dublinCore).toMatchObject({
    title: article.title,
    creator: article.author,
    date: article.published,
    language: article.lang,
    description: article.description,
    type: ZOTERO_TYPES[article.kind],
  });
  expect(metadata.openGraph).toMatchObject({ site_name: SITE.name, url: article.canonical, title: article.title });
  expect(metadata.general).toMatchObject({ canonical: article.canonical, lang: article.lang });
});

test('a link’s preview on Mastodon names the author’s account, where the frontmatter gives one', async ({ page, article }) => {
  await page.goto('');
  const creator = page.locator('meta[name="fediverse:creator"]');
  if (article.fediverse) await expect(creator).toHaveAttribute('content', article.fediverse);
  else await expect(creator).toHaveCount(0);
});
