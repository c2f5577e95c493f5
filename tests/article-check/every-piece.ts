import type { SourcePiece } from './source-text.ts';

/**
 * Letters and digits only, lower-cased, compatibility forms folded (Arabic's shaped letters,
 * ligatures): compares texts whatever their line breaks, hyphenation, spacing and typography.
 */
export function letters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Where `word` stands in `haystack`, starting at or after `from` and no later than `latest`: the
 * end of the match, or -1. With `split` above 0 a word may be broken, up to `split` letters
 * between two of its letters: on paper a word hyphenated at a line's end can have a table row's
 * neighbouring cells between its halves ("fil‐ 88 104 ters").
 */
function findWord(haystack: string, word: string, from: number, latest: number, split: number): number {
  const whole = haystack.indexOf(word, from);
  if (whole !== -1 && whole <= latest) return whole + word.length;
  if (!split) return -1;
  for (let start = haystack.indexOf(word[0]!, from); start !== -1 && start <= latest; start = haystack.indexOf(word[0]!, start + 1)) {
    let at = start;
    for (const letter of word.slice(1)) {
      const next = haystack.indexOf(letter, at + 1);
      at = next !== -1 && next - at - 1 <= split ? next : -1;
      if (at === -1) break;
    }
    if (at !== -1) return at + 1;
  }
  return -1;
}

/**
 * Where a piece's words stand in `haystack` (letters), each after the one before it with at most
 * `gap` letters between them, from `from` on: the end of the match, or -1. A gap of 0 asks for
 * the words run together, as in an edition; printed text allows a page's number, a note's number
 * or a table's neighbouring cells (laid out beside a wrapped cell's lines) between them.
 */
function findWords(haystack: string, words: string[], from: number, gap: number): number {
  for (let start = haystack.indexOf(words[0]!, from); start !== -1; start = haystack.indexOf(words[0]!, start + 1)) {
    let end = start + words[0]!.length;
    for (const word of words.slice(1)) {
      end = findWord(haystack, word, end, end + gap, gap ? SPLIT_WORD : 0);
      if (end === -1) break;
    }
    if (end !== -1) return end;
  }
  return -1;
}

/** On paper, the most letters that may stand between the two halves of a hyphenated word. */
const SPLIT_WORD = 12;

/**
 * The pieces of the source a text (a printed page, an edition) lacks, or holds out of order,
 * each named by its line in `file` ("content/articles/a.mdx:12: …"); [] when every piece is
 * there, each after the one before it (so a paragraph written twice must be there twice).
 * No piece at all is itself a fault: a check that compares nothing proves nothing.
 */
export function missingPieces(text: string, pieces: SourcePiece[], file: string, { gap = 0 } = {}): string[] {
  if (pieces.length === 0) return [`${file}: no running text was found in the source to compare`];
  const haystack = letters(text);
  const missing: string[] = [];
  let from = 0;
  // A table row's cells (one group) may stand in any order after what precedes the row.
  let group: { id: number; start: number; end: number } | undefined;
  for (const piece of pieces) {
    if (piece.group !== group?.id) {
      if (group) from = group.end;
      group = piece.group ? { id: piece.group, start: from, end: from } : undefined;
    }
    const words = piece.text.split(/\s+/).map(letters).filter(Boolean);
    const end = findWords(haystack, words, group?.start ?? from, gap);
    if (end === -1) {
      const where = findWords(haystack, words, 0, gap) === -1 ? 'missing' : 'out of order (or missing where it is written again)';
      missing.push(`${file}:${piece.line}: ${where}: "${piece.text.length > 90 ? `${piece.text.slice(0, 90)}…` : piece.text}"`);
      continue;
    }
    if (group) group.end = Math.max(group.end, end);
    else from = end;
  }
  return missing;
}
