import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minutesIn } from './format.ts';

test('minutes read in the article’s language, with its abbreviation and its plural', () => {
  assert.deepEqual(minutesIn('en', 3), { short: '3 min', long: '3 minutes' });
  assert.deepEqual(minutesIn('de', 3), { short: '3 Min.', long: '3 Minuten' });
  assert.equal(minutesIn('ru', 3).long, '3 минуты');
  assert.equal(minutesIn('ru', 11).long, '11 минут');
  assert.equal(minutesIn('uk', 11).long, '11 хвилин');
  assert.equal(minutesIn('ar', 3).long, '3 دقائق');
});
