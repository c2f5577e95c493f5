import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { remarkTypography } from './typography.ts';
import { remarkCallouts } from './callouts.ts';
import { remarkNumbering } from './numbering.ts';
import { remarkCitations } from './references.ts';

/**
 * What the article's words become, in order, wherever they are read: the page's pipeline
 * (pipeline.ts) and the one article tree the read time, the pictures and the Markdown edition
 * share (src/article/tree.ts). Each plugin reads what it needs from the file it is given (the
 * frontmatter's `lang`; the citations' words, where the file brings them); what only the page
 * needs it writes as the tree's data, which remark-rehype reads and Markdown's writer does not.
 *
 * 1. remarkTypography (typography.ts): curly quotes of the article's language, dashes, apostrophes.
 * 2. remarkCallouts (callouts.ts): `> [!NOTE]` becomes a callout led by its label.
 * 3. remarkNumbering (numbering.ts): figures, tables and equations numbered; `[](#fig-map)` reads
 *    "Figure 1".
 * 4. remarkCitations (references.ts): `[@key]` becomes the words the page set for it, and the
 *    References follow (the Markdown edition; the page sets its citations later, in HTML).
 */
export const ARTICLE_CONTENT: Plugin<[], Root>[] = [remarkTypography, remarkCallouts, remarkNumbering, remarkCitations];
