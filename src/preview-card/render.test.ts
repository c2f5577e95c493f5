import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { PREVIEW_SIZE, renderPreviewImage, titleSize } from './render.ts';

const text = {
  title: 'What We Learned From Interviewing Russian POWs',
  author: 'Christian Baghai',
  date: 'November 22, 2023',
  siteName: 'Long Form',
};

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

/** The box around the card's ink (grey below 128: the text; the rule is lighter), and the card's raw pixels. */
async function inkBox(png: Buffer) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let left = info.width,
    right = -1,
    top = info.height,
    bottom = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! >= 128) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { left, right, top, bottom, data, width: info.width };
}

// An Arabic article's card: the title alone (the rest blank), so the ink is the title's.
const arabic = { title: 'مكتبة', author: ' ', date: ' ', siteName: ' ', lang: 'ar' };

test('an Arabic title is drawn in Arabic letters, about as much ink as a Latin title of its length, where the Latin font drew boxes', async () => {
  const title = 'دفتر المكتبة الصغيرة';
  const drawn = await renderPreviewImage({ ...text, title, lang: 'ar' });
  const boxed = await renderPreviewImage({ ...text, title, lang: 'en' }); // Source Serif 4, which has no Arabic
  assert.notDeepEqual(await sharp(drawn).raw().toBuffer(), await sharp(boxed).raw().toBuffer());
  const blank = await ink(await renderPreviewImage({ ...text, title: ' ', lang: 'ar' }));
  const arabicInk = (await ink(drawn)) - blank;
  const latinInk = (await ink(await renderPreviewImage({ ...text, title: 'What we learned today' }))) - blank;
  assert.ok(arabicInk > 0.4 * latinInk && arabicInk < 2 * latinInk, `title ink ${arabicInk} beside Latin ${latinInk}`);
});

test('its letters are joined, as Arabic is written: the word is narrower than its letters set apart', async () => {
  const joined = await inkBox(await renderPreviewImage(arabic));
  const apart = await inkBox(await renderPreviewImage({ ...arabic, title: 'م\u200Cك\u200Cت\u200Cب\u200Cة' })); // ZWNJ: no joining
  assert.ok(
    joined.right - joined.left < 0.9 * (apart.right - apart.left),
    `${joined.right - joined.left} px joined, ${apart.right - apart.left} px apart`,
  );
});

test('the card reads right to left: the title flush with the right padding, its first word at the right of a line of both directions', async () => {
  const word = await inkBox(await renderPreviewImage(arabic));
  assert.ok(Math.abs(word.right - (1200 - 80)) <= 4, `the title ends at x=${word.right}`);
  assert.ok(word.left > 600, 'a short title leaves the left of the card empty');
  // "مكتبة ABC": the Arabic word first, so at the right, where it stands alone: each column of
  // the word holds as much ink in both (the line may sit higher or lower, for the Latin letters' height).
  const mixed = await inkBox(await renderPreviewImage({ ...arabic, title: 'مكتبة ABC' }));
  assert.ok(mixed.left < word.left - 40, 'the Latin word stands to the left');
  const column = (box: typeof word, x: number) => {
    let n = 0;
    for (let y = 0; y < box.data.length / box.width; y++) if (box.data[y * box.width + x]! < 128) n++;
    return n;
  };
  for (let x = word.left; x <= word.right; x++)
    assert.equal(column(mixed, x), column(word, x), `column ${x}: the Arabic word is not first, at the right`);
});

test('a Hebrew article’s card is drawn too, reproducibly', async () => {
  const hebrew = { ...text, title: 'בית הספר הקטן', lang: 'he' };
  const [a, b] = await Promise.all([renderPreviewImage(hebrew), renderPreviewImage(hebrew)]);
  assert.deepEqual(a, b);
  const box = await inkBox(await renderPreviewImage({ ...hebrew, author: ' ', date: ' ', siteName: ' ' }));
  assert.ok(Math.abs(box.right - (1200 - 80)) <= 4 && box.left > 300, `the title stands at the right: ${box.left}–${box.right}`);
});
