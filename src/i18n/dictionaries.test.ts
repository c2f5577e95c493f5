import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en as english } from './languages/index.ts';

const en = english.words;
import { SHIPPED } from './index.ts';
import { ELEMENTS } from '../toolkit/elements.ts';
import { labelKey } from '../markdown/callouts.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the languages the README lists are shipped', () => {
  assert.deepEqual(Object.keys(SHIPPED).sort(), ['ar', 'de', 'en', 'es', 'fr', 'he', 'ru', 'uk']);
});

test('every kind of callout the toolkit declares has its label in every dictionary', () => {
  for (const kind of ELEMENTS.callout.kinds) {
    for (const [lang, dictionary] of Object.entries(SHIPPED)) assert.ok(dictionary[labelKey(kind)]?.trim(), `${lang}: ${labelKey(kind)}`);
  }
});

for (const [lang, dictionary] of Object.entries(SHIPPED)) {
  test(`${lang}: every key of English, no other, none blank, each with English's values put in`, () => {
    assert.deepEqual(Object.keys(dictionary).sort(), Object.keys(en).sort());
    for (const [key, template] of Object.entries(en)) {
      const own = dictionary[key as keyof typeof en]!;
      assert.ok(own.trim(), `${lang}.${key} is blank`);
      // The read time may use the short or the long form of the minutes; every other key takes English's values.
      if (key === 'minutesToRead') assert.match(own, /\{(short|long)\}/, `${lang}.${key}`);
      else assert.deepEqual(placeholders(own), placeholders(template), `${lang}.${key}`);
    }
  });
}
