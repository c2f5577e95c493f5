import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../tools/headers-file.ts';

const rules = parseHeadersFile(`
# comment
/*
  X-One: 1
  X-Two: a: b
/_astro/*
  Cache-Control: immutable
/posts/:slug
  X-One: post
`);

test('every matching rule applies; a later rule overrides the same header', () => {
  assert.deepEqual(headersFor(rules, '/'), { 'x-one': '1', 'x-two': 'a: b' });
  assert.deepEqual(headersFor(rules, '/_astro/app.123.js'), { 'x-one': '1', 'x-two': 'a: b', 'cache-control': 'immutable' });
  assert.deepEqual(headersFor(rules, '/posts/hello'), { 'x-one': 'post', 'x-two': 'a: b' });
  assert.equal(headersFor(rules, '/posts/hello/more')['x-one'], '1');
});

test('a header line outside any path is an error naming the line', () => {
  assert.throws(() => parseHeadersFile('  X-One: 1'), /_headers line 1/);
});

test("the project's own _headers parses and protects every page", () => {
  const own = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const page = headersFor(own, '/');
  assert.match(page['content-security-policy']!, /frame-ancestors 'none'/);
  assert.doesNotMatch(page['content-security-policy']!, /default-src|script-src|style-src/);
  for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security']) {
    assert.ok(page[name], `${name} is set`);
  }
  assert.match(headersFor(own, '/_astro/x.js')['cache-control']!, /max-age=31536000, immutable/);
});
