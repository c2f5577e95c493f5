import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentSection } from './current-section.ts';

test('above the first heading no section is current', () => {
  assert.equal(currentSection([500, 1200, 2000], 300), -1);
});

test('the last heading that has passed the reading line is current', () => {
  assert.equal(currentSection([-800, -100, 250, 900], 300), 2);
  assert.equal(currentSection([-800, -100, 301, 900], 300), 1);
});

test('a heading exactly on the line counts as reached', () => {
  assert.equal(currentSection([300], 300), 0);
});

test('no headings, no section', () => {
  assert.equal(currentSection([], 300), -1);
});
