import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickVoice } from './voices.ts';

const v = (lang: string, localService: boolean, name: string, isDefault = false) => ({ lang, localService, name, default: isDefault });

test('only a voice on the device, in the article’s language, is chosen', () => {
  assert.equal(pickVoice([v('en-US', false, 'cloud')], 'en'), undefined);
  assert.equal(pickVoice([v('fr-FR', true, 'fr')], 'en'), undefined);
  assert.equal(pickVoice([v('en-US', false, 'cloud'), v('en-GB', true, 'local')], 'en')?.name, 'local');
  assert.equal(pickVoice([v('en_US', true, 'underscore')], 'en')?.name, 'underscore');
});

test('an exact regional match and the device default come first', () => {
  const voices = [v('en-US', true, 'us'), v('en-GB', true, 'gb'), v('en-AU', true, 'au', true)];
  assert.equal(pickVoice(voices, 'en')?.name, 'au');
  assert.equal(pickVoice(voices, 'en-GB')?.name, 'gb');
  assert.equal(pickVoice([], 'en'), undefined);
});
