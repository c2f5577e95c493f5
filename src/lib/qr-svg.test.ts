import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encode } from 'uqr';
import { qrSvg } from './qr-svg.ts';

/** Paints the SVG's runs back onto a grid, to compare with the encoder's module matrix. */
function paint(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1]!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

test('the SVG draws exactly the dark modules of the QR code', () => {
  const url = 'https://example.org/articles/what-we-learned';
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  const svg = qrSvg(url, 'QR code');
  assert.match(svg, new RegExp(`viewBox="0 0 ${size} ${size}"`));
  assert.deepEqual(paint(svg, size), data);
});

test('the label is an escaped attribute, so any URL is safe to embed', () => {
  const svg = qrSvg('https://example.org/?a=1&b="2"', 'Scan: "<here>" & go');
  assert.match(svg, /aria-label="Scan: &quot;&lt;here&gt;&quot; &amp; go"/);
  assert.ok(!svg.includes('"<here>"'));
});

test("runs keep it small: well under uqr's one-square-per-module drawing", () => {
  assert.ok(qrSvg('http://localhost:4321/', 'QR').length < 3000);
});
