import rehypeSlug from 'rehype-slug';
import type { RemarkPlugin, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
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
import { remarkTypography } from './quotes.ts';
import { remarkCallouts } from './callouts.ts';
import remarkMath from 'remark-math';
import { rehypeMath } from './math.ts';
import { remarkNumbering } from './numbering.ts';
import { REFERENCES_ID, rehypeReferences } from './references.ts';

// remarkTypography is typed on mdast with an optional file; Astro wants a RemarkPlugin.
const typography = remarkTypography as unknown as RemarkPlugin;
const callouts = remarkCallouts as unknown as RemarkPlugin;

/**
 * The article's Markdown pipeline, in the order it runs: the options of Astro's unified
 * processor (`markdown.processor: unified(ARTICLE_PIPELINE)` in astro.config.mjs), which
 * @astrojs/mdx inherits for the article. Astro 7's default processor (Sätteri) runs no
 * remark/rehype plugins, hence unified.
 *
 * remark (Markdown):
 * 0. remark-math: `$…$` and `$$…$$` are formulas (rendered by rehypeMath, math.ts).
 * 1. remarkTypography (quotes.ts): remark-smartypants with the quotation marks of the article's
 *    language, then its apostrophes and French's spaces; the only typography pass (Astro's
 *    built-in one is off so it runs once), shared with the Markdown edition.
 * 2. remarkImageAlt: a Markdown image without alt text stops the build, naming file and line;
 *    so does remarkExpressions, at `{word}` in prose, which MDX would run as JavaScript.
 * 3. remarkImageFiles, remarkHeadingText: so do a picture whose file is not beside the article
 *    and a heading with no text.
 * 5. remarkNumbering (numbering.ts): labelled figures, tables and equations are numbered, and an
 *    empty link to one reads its number ("Figure 2").
 * 4. remarkCallouts (callouts.ts): a blockquote led by `[!NOTE]` (GitHub's alerts) becomes a
 *    callout, its label in the article's language.
 *
 * remark-rehype: GFM footnotes with a visible "Notes" heading and ids fn-1/fnref-1.
 *
 * rehype (HTML), after Astro's Shiki has highlighted the code (not `math`: Astro's excludeLangs):
 * -. rehypeNoteWords (sidenotes.ts): the notes' heading and links back in the article's
 *    language, before the section anchors name the heading.
 * 0. rehypeMath (math.ts): each formula as MathML by Temml, a display one in a scrolling region.
 * 1. rehypeReferences (references.ts): Pandoc's citations against the frontmatter's BibTeX file,
 *    by rehype-citation, each a link with a preview in place, and a References section at the end.
 * 2. rehype-slug: heading ids (Astro's own id pass runs after and keeps them).
 * 3. rehypeFallbackIds: headings of punctuation alone get section-N; a heading that would take
 *    an id of the layout's or a note's is numbered ("main-1").
 * 4. rehypeSectionAnchors: each h2/h3 gets its self-link (rehype-autolink-headings).
 * 5. rehypeTableRegions: tables' alignment as classes, each table in a scrolling region.
 * 6. rehypeSidenotes: a copy of each note beside its reference, for wide screens (notes.css).
 * 7. rehypeCodeBlocks: Shiki's style attributes become classes (code.css), in a scrolling region.
 * 8. rehypeTaskLists: a task list's checkbox and its words go into one label.
 * 9. rehypeInternalLinks: a link to a place in the article that no id names stops the build.
 */
export const ARTICLE_PIPELINE: UnifiedProcessorOptions = {
  smartypants: false,
  remarkPlugins: [
    remarkMath,
    typography,
    remarkImageAlt,
    remarkExpressions,
    remarkImageFiles,
    remarkHeadingText,
    callouts,
    [remarkNumbering, { page: true }] as unknown as RemarkPlugin,
  ],
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
