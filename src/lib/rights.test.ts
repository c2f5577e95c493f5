import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rightsOf, rightsText } from './rights.ts';

test('without a licence, the words are the author’s from the year of publication', () => {
  const rights = rightsOf({ author: { name: 'Christian Baghai' }, published: new Date('2023-11-22') });
  assert.deepEqual(rights, { holder: 'Christian Baghai', year: 2023 });
  assert.equal(rightsText(rights), '© 2023 Christian Baghai');
});

test('a licence named by its SPDX id points at its SPDX page; one given as a URL, at that URL', () => {
  assert.deepEqual(rightsOf({ author: { name: 'A' }, published: new Date('2024-01-01'), license: 'CC-BY-4.0' }).license, {
    name: 'CC-BY-4.0',
    url: 'https://spdx.org/licenses/CC-BY-4.0.html',
  });
  const byUrl = rightsOf({
    author: { name: 'A' },
    published: new Date('2024-01-01'),
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
  });
  assert.equal(byUrl.license?.url, 'https://creativecommons.org/licenses/by-sa/4.0/');
  assert.equal(rightsText(byUrl), '© 2024 A. Licensed under https://creativecommons.org/licenses/by-sa/4.0/');
  assert.equal(
    rightsText(rightsOf({ author: { name: 'A' }, published: new Date('2024-01-01'), license: 'CC-BY-4.0' })),
    '© 2024 A. Licensed under CC-BY-4.0: https://spdx.org/licenses/CC-BY-4.0.html',
  );
});

test('the year is the publication’s, in UTC, whatever the time zone', () => {
  assert.equal(rightsOf({ author: { name: 'A' }, published: new Date('2024-01-01T00:00:00Z') }).year, 2024);
});
