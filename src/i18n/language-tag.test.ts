import { test } from 'node:test';
import assert from 'node:assert/strict';
import { primaryLanguage } from './language-tag.ts';

test('a tag’s primary subtag, whatever its case and separator', () => {
  assert.equal(primaryLanguage('de-AT'), 'de');
  assert.equal(primaryLanguage('en_US'), 'en');
  assert.equal(primaryLanguage('AR'), 'ar');
  assert.equal(primaryLanguage('zh-Hant-TW'), 'zh');
});
