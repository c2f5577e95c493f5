import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, isoDay, slashedDay } from './dates.ts';

const published = new Date('2023-11-22'); // how z.coerce.date() reads a frontmatter day: midnight UTC

test('isoDay gives the calendar day for <time datetime>', () => {
  assert.equal(isoDay(published), '2023-11-22');
});

test('slashedDay gives the day as Google Scholar and RIS write it, month and day in two digits', () => {
  assert.equal(slashedDay(published), '2023/11/22');
  assert.equal(slashedDay(new Date('2024-03-04')), '2024/03/04');
});

test('formatDay writes the day in words in the article language', () => {
  assert.equal(formatDay(published, 'en'), 'November 22, 2023');
  assert.equal(formatDay(published, 'en-GB'), '22 November 2023');
  assert.equal(formatDay(published, 'de'), '22. November 2023');
});

test('no time zone moves the day', () => {
  const before = process.env.TZ;
  process.env.TZ = 'Pacific/Honolulu';
  try {
    assert.equal(formatDay(published, 'en'), 'November 22, 2023');
    assert.equal(isoDay(published), '2023-11-22');
  } finally {
    // Assigning undefined would set the string "undefined": an unset TZ is restored by deleting it.
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

test('an invalid date is refused, not printed as "Invalid Date"', () => {
  assert.throws(() => formatDay(new Date('not a date'), 'en'), RangeError);
  assert.throws(() => isoDay(new Date('not a date')), RangeError);
});
