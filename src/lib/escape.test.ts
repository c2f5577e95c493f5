import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml } from './escape.ts';

test('markup characters become entities, ampersands first so nothing is escaped twice', () => {
  assert.equal(escapeXml('<a href="x">Tom & Jerry</a>'), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;');
  assert.equal(escapeXml('&lt;'), '&amp;lt;');
});
