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

/** Dark pixels (ink) in the image: the title's glyphs, among the rest of the card. */
async function ink(png: Buffer): Promise<number> {
  const grey = await sharp(png).greyscale().raw().toBuffer();
  return grey.filter((v) => v < 128).length;
}

test('a Cyrillic title is drawn with Cyrillic glyphs, not missing-glyph boxes or nothing', async () => {
  const title = 'Что мы узнали из бесед';
  const withCyrillic = await renderPreviewImage({ ...text, title });
  // The same title with a font that lacks Cyrillic: what missing glyphs look like.
  const withoutCyrillic = await renderPreviewImage({ ...text, title }, { subsets: ['latin', 'latin-ext'] });
  assert.notDeepEqual(await sharp(withCyrillic).raw().toBuffer(), await sharp(withoutCyrillic).raw().toBuffer());
  // And there is ink for the title, about as much as for a Latin title of the same length.
  const blank = await ink(await renderPreviewImage({ ...text, title: ' ' }));
  const cyrillicInk = (await ink(withCyrillic)) - blank;
  const latinInk = (await ink(await renderPreviewImage({ ...text, title: 'What we learned in talks' }))) - blank;
  assert.ok(cyrillicInk > 0.6 * latinInk && cyrillicInk < 1.6 * latinInk, `title ink ${cyrillicInk} beside Latin ${latinInk}`);
});

test('longer titles are set smaller', () => {
  assert.ok(titleSize('x'.repeat(40)) > titleSize('x'.repeat(80)));
  assert.ok(titleSize('x'.repeat(80)) > titleSize('x'.repeat(140)));
});
