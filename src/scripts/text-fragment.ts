/**
 * Text fragments (WICG, `#:~:text=`): a link to a passage of the page, which the browser scrolls
 * to and highlights. Written here: it is a few string rules, and the maintained generator
 * (Google's text-fragments-polyfill) wants a live DOM and is larger than the feature.
 */

/** Passages longer than this many words are linked as `start,end`: a short link that still matches. */
const LONG = 8;
/** Words of context taken either side for `prefix-,` and `,-suffix` when the passage repeats. */
const CONTEXT = 3;
/** Words kept at each end of a long passage. */
const ENDS = 4;

/** Percent-encodes a part of a directive: the spec's `-`, `,` and `&` too, which delimit parts. */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** How often `needle` occurs in `haystack` as whole words (the way a text directive matches). */
export function occurrences(haystack: string, needle: string): number {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return haystack.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/**
 * The text directive for the passage `block.slice(start, end)`: widened to whole words (a
 * directive only matches whole words), as `start,end` when long, and with the words around it as
 * `prefix-,` and `,-suffix` when the same words occur more than once in `page` (all the text
 * the directive could match). Returns '' for a passage with no words.
 */
export function textDirective(block: string, start: number, end: number, page: string): string {
  const inWord = (i: number) => i >= 0 && i < block.length && /[\p{L}\p{N}'’-]/u.test(block[i]!);
  // A boundary inside a word moves out to the word's edge.
  if (inWord(start)) while (inWord(start - 1)) start--;
  if (inWord(end - 1)) while (inWord(end)) end++;
  const passage = words(block.slice(start, end));
  if (passage.length === 0) return '';
  const long = passage.length > LONG;
  const textStart = (long ? passage.slice(0, ENDS) : passage).join(' ');
  const textEnd = long ? passage.slice(-ENDS).join(' ') : '';
  const ambiguous = occurrences(page, textStart) > 1 || (long && occurrences(page, textEnd) > 1);
  const prefix = ambiguous ? words(block.slice(0, start)).slice(-CONTEXT).join(' ') : '';
  const suffix = ambiguous ? words(block.slice(end)).slice(0, CONTEXT).join(' ') : '';
  return [
    prefix ? `${encodePart(prefix)}-,` : '',
    encodePart(textStart),
    textEnd ? `,${encodePart(textEnd)}` : '',
    suffix ? `,-${encodePart(suffix)}` : '',
  ].join('');
}

/** A link to the passage: the page's canonical URL with the directive as its fragment. */
export function quoteUrl(canonical: string, directive: string): string {
  const url = new URL(canonical);
  url.hash = '';
  return `${url.href}#:~:text=${directive}`;
}
