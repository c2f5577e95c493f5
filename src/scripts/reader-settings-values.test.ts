import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, TEXT_SIZES, THEMES } from './reader-settings-values.ts';

test('at least four text sizes, and the colours a reading app offers', () => {
  assert.ok(TEXT_SIZES.length >= 4);
  assert.deepEqual(
    THEMES.map((t) => t.value),
    ['auto', 'light', 'sepia', 'dark'],
  );
});

test('stored settings are read back; anything broken or unknown is the default', () => {
  assert.deepEqual(parseSettings('{"theme":"sepia","size":"4"}'), { theme: 'sepia', size: '4' });
  assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings('not json'), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings('{"theme":"neon","size":"99"}'), DEFAULT_SETTINGS);
});

test('only what differs from the default is stored, and it round-trips', () => {
  assert.equal(serializeSettings(DEFAULT_SETTINGS), '{}');
  const s = { theme: 'dark', size: '5' };
  assert.deepEqual(parseSettings(serializeSettings(s)), s);
});

test('the head script reads the same key and sets the same attributes', () => {
  const script = readFileSync(new URL('../scripts/apply-settings.js', import.meta.url), 'utf8');
  assert.match(script, /localStorage\.getItem\("reader-settings"\)/);
  assert.match(script, /dataset\.theme=s\.theme/);
  assert.match(script, /dataset\.size=s\.size/);
  assert.ok(script.length < 300, `it stays tiny: ${script.length} bytes`);
});
