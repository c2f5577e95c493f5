/**
 * The citation styles an article may name in its frontmatter (`csl: apa`) without a file of its
 * own: those rehype-citation bundles (no network here, nor on most build hosts). Chicago's
 * author-date style is the default. Any other style is a `.csl` file beside the article.
 */
export const CITATION_STYLES = ['chicago', 'apa', 'harvard1', 'mla', 'vancouver'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const DEFAULT_CITATION_STYLE: CitationStyle = 'chicago';
