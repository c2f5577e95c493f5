import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letters, missingPieces } from './every-piece.ts';

const FILE = 'content/articles/a.mdx';
const piece = (text: string, line = 1, group?: number) => ({ text, line, ...(group ? { group } : {}) });

test('letters fold case, punctuation, spacing and Arabic’s shaped forms', () => {
  assert.equal(letters('“Don’t — stop,” she said.'), 'dontstopshesaid');
  assert.equal(letters('ﻻ'), letters('لا')); // the lam-alef ligature is its two letters
});

test('every piece there, in order: nothing is missing', () => {
  assert.deepEqual(
    missingPieces('First words.\n\nSecond, here — and third.', [piece('First words.'), piece('Second, here'), piece('and third.')], FILE),
    [],
  );
});

test('a piece that is not there is named with its line, and one out of order is told apart', () => {
  assert.deepEqual(missingPieces('Second. First.', [piece('First.', 3), piece('Second.', 5), piece('Third.', 7)], FILE), [
    `${FILE}:5: out of order (or missing where it is written again): "Second."`,
    `${FILE}:7: missing: "Third."`,
  ]);
});

test('a paragraph written twice must be there twice', () => {
  const twice = [piece('The same words.', 1), piece('The same words.', 3)];
  assert.deepEqual(missingPieces('The same words.', twice, FILE), [
    `${FILE}:3: out of order (or missing where it is written again): "The same words."`,
  ]);
  assert.deepEqual(missingPieces('The same words. The same words.', twice, FILE), []);
});

test('no piece at all is a fault of its own: a comparison of nothing proves nothing', () => {
  assert.deepEqual(missingPieces('Anything.', [], FILE), [`${FILE}: no running text was found in the source to compare`]);
});

test('a table’s cells and caption (one group) may stand in any order after what precedes them', () => {
  const pieces = [piece('Before.'), piece('Town', 3, 1), piece('Count', 3, 1), piece('The caption.', 5, 1), piece('After.', 7)];
  assert.deepEqual(missingPieces('Before. The caption. Count Town After.', pieces, FILE), []);
  assert.deepEqual(missingPieces('The caption. Before. Count Town After.', pieces, FILE).length, 1);
});

test('on paper (a gap), a page’s number or a row’s other cells may stand between words, even inside a hyphenated one', () => {
  const cell = [piece('Manuals: first aid, water filters and more')];
  const printed = 'Manuals: first aid, water fil- 88 104\nters and more';
  assert.deepEqual(missingPieces(printed, cell, FILE, { gap: 60 }), []);
  assert.equal(missingPieces(printed, cell, FILE).length, 1, 'not in an edition, where the words run together');
  // A paragraph really missing stays missing, whatever the gap.
  assert.equal(missingPieces('Other words altogether, printed at length.', cell, FILE, { gap: 60 }).length, 1);
});
