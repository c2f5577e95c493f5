import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISPLAY, figureWidths, largestWidth } from './figure-sizes.ts';

test('a column figure is made up to twice the column, never above the source', () => {
  assert.deepEqual(figureWidths('column', 4000), [360, 480, 640, 800, 1024, 1160]);
  assert.deepEqual(figureWidths('column', 900), [360, 480, 640, 800, 900]);
  assert.deepEqual(figureWidths('column', 300), [300], 'a small image is sent as it is, not enlarged');
  assert.equal(largestWidth('column', 4000), 1160);
  assert.equal(largestWidth('column', 300), 300);
});

test('wider settings allow larger candidates, each capped at twice its largest display', () => {
  for (const width of ['column', 'wide', 'full'] as const) {
    const widths = figureWidths(width, 10_000);
    assert.equal(Math.max(...widths), DISPLAY[width].maxCss * 2);
    assert.deepEqual(
      [...widths].sort((a, b) => a - b),
      widths,
      'ascending',
    );
    assert.equal(new Set(widths).size, widths.length, 'no repeats');
  }
});
