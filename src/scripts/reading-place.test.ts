import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockAtTop, worthOffering } from './reading-place.ts';

const blocks = [
  { top: -900, bottom: -500 },
  { top: -480, bottom: -20 },
  { top: 0, bottom: 300 },
  { top: 320, bottom: 700 },
];

test('the block being read is the first not yet scrolled past', () => {
  assert.equal(blockAtTop(blocks), 2);
  assert.equal(blockAtTop(blocks, -30), 1); // with a margin, a block still partly in view counts
  assert.equal(blockAtTop([{ top: -10, bottom: -1 }]), 0);
  // A reading line 32 px down: a paragraph whose last line ends 14 px into the screen is read.
  assert.equal(
    blockAtTop(
      [
        { top: -400, bottom: 14 },
        { top: 32, bottom: 400 },
      ],
      32,
    ),
    1,
  );
});

test('a place is worth offering only between the start and the end', () => {
  assert.equal(worthOffering(null, 10), false);
  assert.equal(worthOffering(0, 10), false);
  assert.equal(worthOffering(4, 10), true);
  assert.equal(worthOffering(9, 10), false);
});
