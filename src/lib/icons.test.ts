import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { iconPng } from './icons.ts';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d4a73"/><rect x="8" y="8" width="16" height="16" fill="#fbfaf7"/></svg>';

test('the icon is drawn sharp at each size: a square PNG of that many pixels, the drawing’s colours where it put them', async () => {
  for (const size of [32, 180]) {
    const png = await iconPng(svg, size);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([info.width, info.height], [size, size]);
    const at = (x: number, y: number) => [...data.subarray((y * size + x) * 3, (y * size + x) * 3 + 3)];
    assert.deepEqual(at(1, 1), [0x1d, 0x4a, 0x73], 'the edge in the frame colour');
    assert.deepEqual(at(size / 2, size / 2), [0xfb, 0xfa, 0xf7], 'the middle in the paper colour');
  }
});
