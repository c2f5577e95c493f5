import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleText, countWords, readingMinutes, readingTime, WORDS_PER_MINUTE } from './reading-time.ts';
import { articleTree } from './tree.ts';

/** An MDX body's read time and text, through its article tree (tree.ts), as the site computes them. */
const readingTimeOf = (body: string, lang = 'en') => readingTime(articleTree(body, { lang }), lang);
const markdownText = (body: string) => articleText(articleTree(body, { lang: 'en' }));

test('reading speed is 238 words a minute (Brysbaert 2019)', () => {
  assert.equal(WORDS_PER_MINUTE, 238);
});

test('minutes round up, so a slower reader still finishes in time', () => {
  assert.equal(readingMinutes(WORDS_PER_MINUTE), 1);
  assert.equal(readingMinutes(WORDS_PER_MINUTE + 1), 2);
  assert.equal(readingMinutes(2 * WORDS_PER_MINUTE), 2);
  assert.equal(readingMinutes(10 * WORDS_PER_MINUTE - 1), 10);
});

test('a very short or empty text is still a one-minute read', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(3), 1);
});

test('a negative or non-numeric word count is refused', () => {
  assert.throws(() => readingMinutes(-1), RangeError);
  assert.throws(() => readingMinutes(Number.NaN), RangeError);
});

test('words are counted as a reader sees them: hyphenated parts, numbers, no punctuation', () => {
  assert.equal(countWords('The war — raging for more than a year.'), 8);
  assert.equal(countWords('commander-in-chief, 2023!'), 4);
  assert.equal(countWords('  \n\t '), 0);
  assert.equal(countWords('Война в Украине'), 3);
});

test('Markdown syntax and link targets are not words', () => {
  const md = '## The interviews\n\nRead *this* [report](https://example.org/a/very/long/path) now.';
  assert.equal(markdownText(md).replace(/\s+/g, ' ').trim(), 'The interviews Read this report now.');
  assert.equal(readingTimeOf(md).words, 6);
});

test('a long body reads for proportionally longer (figures worked by hand)', () => {
  const body = Array.from({ length: 40 }, () => 'word '.repeat(119)).join('\n\n'); // 40 × 119 = 4,760 words
  assert.deepEqual(readingTimeOf(body), { words: 4760, minutes: 20 }); // 4,760 / 238 = 20 exactly
  assert.deepEqual(readingTimeOf(`${body} one`), { words: 4761, minutes: 21 }); // a word more: rounds up
});

test('MDX: import and export lines, JSX tags and attributes and {expressions} are not words; what a reader sees is', () => {
  const mdx = [
    "import Figure from '../components/Figure.astro';",
    'export const meta = { draft: true };',
    '',
    '<Figure src="./photo.jpg" alt="A long alt text that is not read inline" width="wide">Two men at a table</Figure>',
    '',
    'Text with {1 + 2} a <Aside note="hidden words here">margin note</Aside>.',
    '',
    '| Name | Age |',
    '|---|---:|',
    '| Alexei | 24 |',
    '',
    '```js',
    'const war = true;',
    '```',
  ].join('\n');
  // Two men at a table (5) + Text with a margin note (5) + Name Age Alexei 24 (4) + const war true (3) → 17
  assert.equal(readingTimeOf(mdx).words, 17);
});

test('hand-counted texts: hyphens, numbers, Cyrillic, Markdown', () => {
  // well | known | 1,200 | men | in | 2023 | 24 | hour | shifts  → 9
  assert.equal(readingTimeOf('Well-known: 1,200 men in 2023, 24-hour shifts.').words, 9);
  // Пленные | солдаты | рассказали | о | войне  → 5
  assert.equal(readingTimeOf('Пленные солдаты рассказали о войне.').words, 5);
  // Two prisoners (2) + one two three (3) + Read the full report today (5; not the URL) → 10
  assert.equal(readingTimeOf('## Two prisoners\n\n- one\n- two three\n\n*Read* the [full report](https://example.org) today').words, 10);
});

test('a pull quote repeats a line of the text, so its words are not counted twice', () => {
  const text = 'They come for an hour of quiet.'; // 7 words
  assert.equal(readingTimeOf(`${text}\n\n<PullQuote>An hour of quiet.</PullQuote>\n`).words, 7);
  assert.equal(readingTimeOf(`${text} <PullQuote>An hour of quiet.</PullQuote>`).words, 7);
  assert.equal(readingTimeOf(`${text}\n\n<Aside>An hour of quiet.</Aside>\n`).words, 11, 'an aside is read: it counts');
});

test('a formula counts the names and numbers in its TeX, not its commands', () => {
  assert.equal(countWords(markdownText('Turnover: $T = \\frac{L}{V}$.'), 'en'), 4); // Turnover, T, L, V
  assert.equal(countWords(markdownText('$$\n\\sum_{i=1}^{n} x_i\n$$'), 'en'), 5); // i, 1, n, x, i
});

test('a citation counts as written: its key and its page, as a reader reads "(Battles 2003, 12)" in about as many', () => {
  assert.equal(countWords(markdownText('Loans rose [@battles2003, 12].'), 'en'), 4); // Loans, rose, the key, 12
});
