import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textDirection } from './direction.ts';

test('Arabic, Hebrew, Persian and Urdu read right to left, with or without a region', () => {
  for (const lang of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur']) assert.equal(textDirection(lang), 'rtl', lang);
});

test('English, German, French, Spanish, Ukrainian and Russian read left to right', () => {
  for (const lang of ['en', 'en-GB', 'de', 'fr', 'es', 'uk', 'ru']) assert.equal(textDirection(lang), 'ltr', lang);
});

test('a script subtag decides: Azerbaijani in Arabic script is right to left, in Latin left to right', () => {
  assert.equal(textDirection('az-Arab'), 'rtl');
  assert.equal(textDirection('az-Latn'), 'ltr');
});

test('a tag that is no language tag reads left to right, and does not throw', () => {
  assert.equal(textDirection('not a tag!'), 'ltr');
});
