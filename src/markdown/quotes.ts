/**
 * Quotation marks by the article's language, set by remark-smartypants (its `openingQuotes` and
 * `closingQuotes`, passed to retext-smartypants), for the page and every edition alike. Two
 * things SmartyPants cannot do are finished here, on the text it leaves: an apostrophe inside
 * a word stays ’ whatever the language's closing single quote ("geht's" is "geht’s", not
 * "geht‘s"), and French sets a narrow no-break space inside « » (SmartyPants replaces one
 * character with one character only).
 */
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { SMARTYPANTS_OPTIONS } from './typography.ts';
import { primaryLanguage } from '../lib/language-tag.ts';

interface Marks {
  /** The quotation's marks, opening and closing. */
  double: [string, string];
  /** A quotation inside it. */
  single: [string, string];
}

/** By primary language subtag; any other language is set as English is. */
export const QUOTATION_MARKS: Record<string, Marks> = {
  en: { double: ['\u201C', '\u201D'], single: ['\u2018', '\u2019'] }, // “…” ‘…’
  de: { double: ['\u201E', '\u201C'], single: ['\u201A', '\u2018'] }, // „…“ ‚…‘
  fr: { double: ['\u00AB', '\u00BB'], single: ['\u201C', '\u201D'] }, // « … » “…”
  es: { double: ['\u00AB', '\u00BB'], single: ['\u201C', '\u201D'] }, // «…» “…” (the RAE's order)
  ru: { double: ['\u00AB', '\u00BB'], single: ['\u201E', '\u201C'] }, // «…» „…“
  uk: { double: ['\u00AB', '\u00BB'], single: ['\u201E', '\u201C'] }, // «…» „…“
  ar: { double: ['\u00AB', '\u00BB'], single: ['\u201C', '\u201D'] }, // «…» (mirrored by the bidi algorithm in a right-to-left line)
  he: { double: ['\u201C', '\u201D'], single: ['\u2018', '\u2019'] }, // “…” ‘…’, as Hebrew print sets them
};

export function marksFor(lang: string): Marks {
  return QUOTATION_MARKS[primaryLanguage(lang)] ?? QUOTATION_MARKS.en!;
}

/** remark-smartypants' options for a language: the shared ones (typography.ts) and its quotation marks. */
export function smartypantsOptionsFor(lang: string) {
  const { double, single } = marksFor(lang);
  return {
    ...SMARTYPANTS_OPTIONS,
    openingQuotes: { double: double[0], single: single[0] },
    closingQuotes: { double: double[1], single: single[1] },
  };
}

const NARROW_NO_BREAK_SPACE = '\u202F';

// remark-smartypants types itself as a plugin to attach to a processor; here its transform is called directly.
const smartypants = remarkSmartypants as unknown as (options: object) => (tree: Root) => void;

/** What SmartyPants leaves undone for a language, on one text: apostrophes, and French's spaces inside « ». */
export function finishQuotes(text: string, lang: string): string {
  const closingSingle = marksFor(lang).single[1];
  let out = closingSingle === '\u2019' ? text : text.replace(new RegExp(`(?<=\\p{L})${closingSingle}(?=\\p{L})`, 'gu'), '\u2019');
  if (primaryLanguage(lang) === 'fr') {
    out = out
      .replace(/\u00AB[ \u00A0]?(?!\u202F)/g, `\u00AB${NARROW_NO_BREAK_SPACE}`)
      .replace(/(?<!\u202F)[ \u00A0]?\u00BB/g, `${NARROW_NO_BREAK_SPACE}\u00BB`);
  }
  return out;
}

/** The typography pass: curly quotes of the article's language (its frontmatter's), dashes, apostrophes. */
export function remarkTypography() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    smartypants(smartypantsOptionsFor(lang))(tree);
    visit(tree, 'text', (node) => {
      node.value = finishQuotes(node.value, lang);
    });
  };
}
