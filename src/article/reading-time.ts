import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { elementOf } from '../toolkit/elements.ts';
import { visit } from 'unist-util-visit';

/**
 * Reading speed, in words per minute: 238 is the average for silent reading of English
 * non-fiction found by Brysbaert's 2019 meta-analysis of 190 studies (Journal of Memory and
 * Language 109). Medium's 265 flatters the reader; we would rather under-promise.
 */
export const WORDS_PER_MINUTE = 238;

/**
 * Words in a plain text, by the runtime's Unicode word segmentation (Intl.Segmenter), so that
 * hyphenated words, numbers and non-Latin scripts are counted the way a reader sees them and
 * punctuation is not. Written here rather than taken from a package: it is three lines on a
 * built-in, where the common `reading-time` package uses a hand-made word regex.
 */
export function countWords(text: string, lang = 'en'): number {
  let words = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) words++;
  }
  return words;
}

/** Containers whose children are blocks (or cells): their texts are joined with a line break. */
const CONTAINERS = new Set([
  'root',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'mdxJsxFlowElement',
]);

/** What a reader never sees: MDX `import`/`export` lines and `{expressions}`. */
const UNSEEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Unseen, or a component whose text repeats the article's (a <PullQuote>: `repeats` in src/toolkit/elements.ts), read once, in the text. */
const unseen = (node: Nodes): boolean =>
  UNSEEN.has(node.type) ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && elementOf(node.name)?.repeats !== undefined);

/**
 * The text a reader reads in the article's tree (tree.ts, after the content preset: "Figure 1",
 * a callout's label): the words inside components, cells, notes and code count; Markdown syntax,
 * link targets, MDX code and a <PullQuote> (it repeats a line) do not. Blocks are joined by line
 * breaks, which mdast-util-to-string alone would run together.
 */
export function articleText(tree: Root): string {
  const text = (node: Nodes): string => {
    if (unseen(node)) return '';
    if ('children' in node && (CONTAINERS.has(node.type) || node.children.some((c) => unseen(c as Nodes)))) {
      return node.children.map((child) => text(child as Nodes)).join(CONTAINERS.has(node.type) ? '\n' : '');
    }
    return toString(node, { includeImageAlt: false });
  };
  // A formula counts the names and numbers in its TeX, not its commands: \frac{a}{b} is two words.
  visit(tree, ['inlineMath', 'math'], (node) => {
    const formula = node as { value: string };
    formula.value = formula.value.replace(/\\label\{[^}]*\}/g, ' ').replace(/\\[A-Za-z]+|[_^{}]/g, ' '); // subscripts and superscripts apart: x_i is x and i
  });
  return text(tree);
}

/**
 * Whole minutes to read `words` words, rounded up (a 2.2-minute read is "3 min read": the
 * promise should hold for a slower reader), and never less than one.
 */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words < 0) throw new RangeError(`word count must be a non-negative number, got ${words}`);
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** The words of the article's tree, and the minutes to read them. */
export function readingTime(tree: Root, lang: string): { words: number; minutes: number } {
  const words = countWords(articleText(tree), lang);
  return { words, minutes: readingMinutes(words) };
}
