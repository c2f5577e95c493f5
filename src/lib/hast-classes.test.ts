import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { classesOf, hasClass } from './hast-classes.ts';

const el = (properties: Element['properties']): Element => ({ type: 'element', tagName: 'span', properties, children: [] });

test("reads hast's className list and a class string alike", () => {
  assert.deepEqual(classesOf(el({ className: ['heading', 'heading-h2'] })), ['heading', 'heading-h2']);
  assert.deepEqual(classesOf(el({ class: 'astro-code  css-variables ' })), ['astro-code', 'css-variables']);
  assert.deepEqual(classesOf(el({})), []);
});

test('hasClass matches a whole class name, not a part of one', () => {
  assert.equal(hasClass(el({ className: ['sidenote-number'] }), 'sidenote'), false);
  assert.equal(hasClass(el({ class: 'pull-quote wide' }), 'pull-quote'), true);
});
