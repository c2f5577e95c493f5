/**
 * Site-wide constants: the one file a writer edits to make the site theirs (its name, what it
 * is, who publishes it). Everything else about the article comes from its frontmatter.
 */
const name = 'Long Form';

export const SITE: {
  name: string;
  description: string;
  publisher: string;
  defaultUrl: string;
  defaultLang: string;
  articlesDir: string;
  history?: string | undefined;
} = {
  /**
   * The site's name: the masthead, the <title> suffix, link previews and the preview card, the
   * footer, the feed, the citation and BibTeX, the printed page, llms.txt.
   */
  name,
  /** What the site is, said after its name in the footer ("Long Form publishes one article, …"). */
  description: 'publishes one article, set for reading, sharing and print.',
  /** Who publishes it: the EPUB's and the JSON-LD's publisher. The site's name unless you set another. */
  publisher: name,
  /**
   * The canonical origin when SITE_URL is not set at build time: right for `npm start`
   * (and the tests), wrong for a real host, which must build with SITE_URL=https://….
   */
  defaultUrl: 'http://localhost:4321',
  /** Used when an article sets no `lang`. */
  defaultLang: 'en',
  /** Where the article collection lives, relative to the project root. */
  articlesDir: 'content/articles',
  /**
   * Where every change to the article can be read, if its source is public: an address with
   * `{file}` for the article's path, e.g. 'https://github.com/you/site/commits/main/{file}'. The
   * corrections and updates section links to it; unset, it has no such link.
   */
  history: undefined,
};

/**
 * Ids the page's layout gives its own elements: the skip link's target, the title, and the
 * contents' and citation's headings. An article heading never takes one: "## Main" gets `main-1`
 * (src/markdown/fallback-ids.ts), as github-slugger numbers a repeated heading.
 */
export const LAYOUT_IDS = {
  main: 'main',
  title: 'article-title',
  contents: 'contents-title',
  cite: 'cite-title',
  notices: 'corrections-and-updates',
} as const;
