import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, translate, translator } from './index.ts';

test('a template takes its values, and a missing one is an error naming it', () => {
  assert.equal(fill('{short} read', { short: '3 min' }), '3 min read');
  assert.throws(() => fill('QR code for {url}'), /needs a value for \{url\}/);
});

test('a language has its own strings, and English where it has none, key by key, saying so', () => {
  const t = translator({ de: { contents: 'Inhalt' } }, 'de-AT');
  assert.deepEqual(t('contents'), { text: 'Inhalt', lang: 'de-AT' });
  assert.deepEqual(t('skipToContent'), { text: 'Skip to content', lang: 'en' });
});

test('a language with no dictionary reads English throughout', () => {
  const t = translator({}, 'sw');
  assert.deepEqual(t('minutesToRead', { short: '12 min', long: '12 minutes' }), { text: '12 min read', lang: 'en' });
});

test('where a key falls back to English on a page in another language, its element is to be marked lang="en"; nowhere else', () => {
  const de = translate({ de: { contents: 'Inhalt' } }, 'de');
  assert.equal(de('contents'), 'Inhalt');
  assert.equal(de.lang('contents'), undefined);
  assert.equal(de('skipToContent'), 'Skip to content');
  assert.equal(de.lang('skipToContent'), 'en');
  assert.equal(de.lang('qrCodeFor'), 'en'); // a template: asked without its values
  const en = translate({}, 'en-GB');
  assert.equal(en('contents'), 'Contents');
  assert.equal(en.lang('contents'), undefined);
});
