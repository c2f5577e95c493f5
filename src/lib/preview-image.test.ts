import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { PREVIEW_SIZE, renderPreviewImage, titleSize } from './preview-image.ts';

const text = { title: 'What We Learned From Interviewing Russian POWs', author: 'Christian Baghai', date: 'November 22, 2023', siteName: 'Long Form' };

test('the preview is a 1200×630 PNG', async () => {
  const png = await renderPreviewImage(text);
  const meta = await sharp(png).metadata();
  assert.equal(meta.format, 'png');
  assert.deepEqual([meta.width, meta.height], [PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
});

test('the title is drawn: another title gives another image', async () => {
  const [a, b] = await Promise.all([renderPreviewImage(text), renderPreviewImage({ ...text, title: 'A different title' })]);
  const [pa, pb] = await Promise.all([sharp(a).raw().toBuffer(), sharp(b).raw().toBuffer()]);
  assert.notDeepEqual(pa, pb);
});

test('the same text always gives the same bytes (reproducible builds)', async () => {
  assert.deepEqual(await renderPreviewImage(text), await renderPreviewImage(text));
});

test('a Cyrillic title is drawn with glyphs, not missing-glyph boxes', async () => {
  const cyrillic = await sharp(await renderPreviewImage({ ...text, title: 'Что мы узнали' })).raw().toBuffer();
  const blank = await sharp(await renderPreviewImage({ ...text, title: ' ' })).raw().toBuffer();
  assert.notDeepEqual(cyrillic, blank);
});

test('longer titles are set smaller', () => {
  assert.ok(titleSize('x'.repeat(40)) > titleSize('x'.repeat(80)));
  assert.ok(titleSize('x'.repeat(80)) > titleSize('x'.repeat(140)));
});
