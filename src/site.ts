/** Site-wide constants: the one place to change the site's name, language and reading speed. */
export const SITE = {
  /** Shown in the masthead, the <title> suffix and link previews. */
  name: 'Long Form',
  /**
   * The canonical origin when SITE_URL is not set at build time: right for `npm start`
   * (and the tests), wrong for a real host, which must build with SITE_URL=https://….
   */
  defaultUrl: 'http://localhost:4321',
  /** Used when an article sets no `lang`. */
  defaultLang: 'en',
  /** Where the article collection lives, relative to the project root. */
  articlesDir: 'content/articles',
} as const;

/**
 * Ids the page's layout gives its own elements: the skip link's target, the title, and the
 * contents' and citation's headings. An article heading never takes one: "## Main" gets `main-1`
 * (src/markdown/fallback-ids.ts), as github-slugger numbers a repeated heading.
 */
export const LAYOUT_IDS = { main: 'main', title: 'article-title', contents: 'contents-title', cite: 'cite-title' } as const;
