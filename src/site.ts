/** Site-wide constants: the one place to change the site's name, language and reading speed. */
export const SITE = {
  /** Shown in the masthead, the <title> suffix and link previews. */
  name: 'Long Form',
  /** Used when an article sets no `lang`. */
  defaultLang: 'en',
  /** Where the article collection lives, relative to the project root. */
  articlesDir: 'content/articles',
} as const;
