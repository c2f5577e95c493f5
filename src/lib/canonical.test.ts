import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, siteUrl } from './canonical.ts';
import { SITE } from '../site.ts';

test('the path is resolved on the site origin', () => {
  assert.equal(canonicalUrl('/', new URL('https://example.org')).href, 'https://example.org/');
  assert.equal(canonicalUrl('/404', new URL('https://example.org/')).href, 'https://example.org/404');
});

test('without a site there is no canonical URL, and the error says where to set it', () => {
  assert.throws(() => canonicalUrl('/', undefined), /astro\.config\.mjs must set `site`/);
});

test('the site URL comes from SITE_URL, and an unset or empty one falls back to the default', () => {
  assert.equal(siteUrl({ SITE_URL: 'https://example.org' }), 'https://example.org');
  assert.equal(siteUrl({}), SITE.defaultUrl);
  assert.equal(siteUrl({ SITE_URL: '' }), SITE.defaultUrl);
});
