import { LANGUAGES_SHIPPED } from './index.ts';
import { primaryLanguage } from './language-tag.ts';
import type { QuotationMarks } from './language.ts';

/** A language's quotation marks (its file's), English's for a language that gives none. */
export function marksFor(lang: string): QuotationMarks {
  return LANGUAGES_SHIPPED[primaryLanguage(lang)]?.quotes ?? LANGUAGES_SHIPPED.en!.quotes!;
}

const NARROW_NO_BREAK_SPACE = '\u202F';

/**
 * What SmartyPants leaves undone for a language, on one text: an apostrophe inside a word stays
 * ’ whatever the language's closing single quote ("geht's" is "geht’s", not "geht‘s"), and
 * French sets a narrow no-break space inside « » (SmartyPants replaces one character with one).
 */
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

/**
 * A template's `{open}` and `{close}` as the language's quotation marks, set as its typography
 * sets them (French's spaces inside « »): the short citation's, which the dictionaries write
 * with those two rather than typing the marks again.
 */
export function withQuotationMarks(template: string, lang: string): string {
  const [open, close] = marksFor(lang).double;
  return finishQuotes(template.replaceAll('{open}', open).replaceAll('{close}', close), lang);
}
