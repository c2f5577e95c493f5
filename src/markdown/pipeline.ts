import rehypeSlug from 'rehype-slug';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { LAYOUT_IDS } from '../site.ts';
import { rehypeInternalLinks, remarkHeadingText, remarkImageFiles } from './article-checks.ts';
import { rehypeCodeBlocks } from './code-blocks.ts';
import { rehypeFallbackIds } from './fallback-ids.ts';
import { remarkImageAlt } from './image-alt.ts';
import { remarkExpressions } from './expressions.ts';
import { rehypeSectionAnchors } from './section-anchors.ts';
import { FOOTNOTE_OPTIONS, rehypeNoteWords, rehypeSidenotes } from './sidenotes.ts';
import { rehypeTableRegions } from './table-regions.ts';
import { rehypeTaskLists } from './task-lists.ts';
import { ARTICLE_CONTENT } from './article-content.ts';
import remarkMath from 'remark-math';
import { rehypeMath } from './math.ts';
import { REFERENCES_ID, rehypeReferences } from './references.ts';

/**
 * The article's Markdown pipeline, in the order it runs: the options of Astro's unified
 * processor (`markdown.processor: unified(ARTICLE_PIPELINE)` in astro.config.mjs), which
 * @astrojs/mdx inherits for the article. Astro 7's default processor (Sätteri) runs no
 * remark/rehype plugins, hence unified.
 *
 * remark (Markdown):
 * 1. remark-math: `$…$` and `$$…$$` are formulas (rendered by rehypeMath, math.ts).
 * 2. remarkImageAlt (image-alt.ts): a Markdown image without alt text stops the build, naming
 *    the file and the line; so do
 * 3. remarkExpressions (expressions.ts): `{word}` in prose, which MDX would run as JavaScript;
 * 4. remarkImageFiles (article-checks.ts): a picture whose file is not beside the article;
 * 5. remarkHeadingText (article-checks.ts): a heading with no text.
 * 6–9. ARTICLE_CONTENT (article-content.ts), what the words become, as in every edition:
 *    typography in the article's language, callouts, numbering, citations.
 *
 * remark-rehype: GFM footnotes with a visible "Notes" heading and ids fn-1/fnref-1.
 *
 * rehype (HTML), after Shiki has highlighted the code (not `math`: its excludeLangs):
 * 1. rehypeNoteWords (sidenotes.ts): the notes' heading and links back in the article's
 *    language, before the section anchors name the heading.
 * 2. rehypeMath (math.ts): each formula as MathML by Temml, a display one in a scrolling region.
 * 3. rehypeReferences (references.ts): Pandoc's citations against the frontmatter's BibTeX file,
 *    by rehype-citation, each a link with a preview in place, and a References section at the end.
 * 4. rehype-slug: heading ids (Astro's own id pass runs after and keeps them).
 * 5. rehypeFallbackIds: headings of punctuation alone get section-N; a heading that would take
 *    an id of the layout's or a note's is numbered ("main-1").
 * 6. rehypeSectionAnchors: each h2/h3 gets its self-link (rehype-autolink-headings).
 * 7. rehypeTableRegions: tables' alignment as classes, each table in a scrolling region.
 * 8. rehypeSidenotes: a copy of each note beside its reference, for wide screens (notes.css).
 * 9. rehypeCodeBlocks: Shiki's style attributes become classes (code.css), in a scrolling region.
 * 10. rehypeTaskLists: a task list's checkbox and its words go into one label.
 * 11. rehypeInternalLinks: a link to a place in the article that no id names stops the build.
 */
export const ARTICLE_PIPELINE: UnifiedProcessorOptions = {
  smartypants: false,
  remarkPlugins: [remarkMath, remarkImageAlt, remarkExpressions, remarkImageFiles, remarkHeadingText, ...ARTICLE_CONTENT],
  remarkRehype: FOOTNOTE_OPTIONS,
  rehypePlugins: [
    rehypeNoteWords,
    rehypeMath,
    rehypeReferences,
    rehypeSlug,
    [rehypeFallbackIds, { reserved: [...Object.values(LAYOUT_IDS), REFERENCES_ID] }],
    rehypeSectionAnchors,
    rehypeTableRegions,
    rehypeSidenotes,
    rehypeCodeBlocks,
    rehypeTaskLists,
    [rehypeInternalLinks, { reserved: Object.values(LAYOUT_IDS) }],
  ],
};
