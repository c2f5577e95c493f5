import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { childElements, classesOf, hasClass, isNote, scrollRegion } from './hast.ts';

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

test('childElements finds the named children only, not text or deeper elements', () => {
  const img = { ...el({ alt: 'x' }), tagName: 'img' };
  const picture: Element = {
    ...el({}),
    tagName: 'picture',
    children: [
      { type: 'text', value: ' ' },
      { ...el({}), tagName: 'source' },
      img,
      { ...el({}), tagName: 'span', children: [{ ...el({}), tagName: 'img' }] },
    ],
  };
  assert.deepEqual(childElements(picture, 'img'), [img]);
  assert.equal(childElements(picture, ['source', 'img']).length, 2);
});

test('isNote is a numbered note at the end, not its reference or another list item', () => {
  assert.equal(isNote({ ...el({ id: 'fn-1' }), tagName: 'li' }), true);
  assert.equal(isNote({ ...el({ id: 'fnref-1' }), tagName: 'a' }), false);
  assert.equal(isNote({ ...el({ id: 'fn-1' }), tagName: 'span' }), false);
  assert.equal(isNote({ ...el({ id: 'fun-1' }), tagName: 'li' }), false);
});

test('a scroll region is a named, focusable section holding its content', () => {
  const table: Element = { ...el({}), tagName: 'table' };
  const region = scrollRegion('table-scroll', 'Table 1', table);
  assert.equal(region.tagName, 'section');
  assert.equal(region.properties.tabIndex, 0);
  assert.equal(region.properties.ariaLabel, 'Table 1');
  assert.deepEqual(region.children, [table]);
});
