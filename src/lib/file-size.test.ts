import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileSize } from './file-size.ts';

test('sizes are whole kilobytes, rounded up, in the article’s language', () => {
  assert.equal(fileSize(52_001, 'en'), '53 kB');
  assert.equal(fileSize(52_000, 'en'), '52 kB');
  assert.equal(fileSize(12, 'en'), '1 kB');
  assert.equal(fileSize(1_234_000, 'en'), '1,234 kB');
});
