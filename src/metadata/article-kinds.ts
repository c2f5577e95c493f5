/**
 * What an article can be (the frontmatter's `kind`), and what each reader of the page calls it:
 * schema.org's type for JSON-LD, Zotero's item type (said as Dublin Core's `DC.type`, which
 * Zotero takes before it guesses a journal article), CSL's for APA and MLA, and RIS's record type.
 */
export const ARTICLE_KINDS = {
  'web-page': { schemaOrg: 'Article', zotero: 'webpage', csl: 'webpage', ris: 'ELEC' },
  'blog-post': { schemaOrg: 'BlogPosting', zotero: 'blogPost', csl: 'post-weblog', ris: 'BLOG' },
  'news-article': { schemaOrg: 'NewsArticle', zotero: 'newspaperArticle', csl: 'article-newspaper', ris: 'NEWS' },
} as const;

export type ArticleKind = keyof typeof ARTICLE_KINDS;

/** The kinds a writer may give, the default first. */
export const KIND_NAMES = Object.keys(ARTICLE_KINDS) as [ArticleKind, ...ArticleKind[]];
