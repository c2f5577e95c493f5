import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, localhostWarning, siteAddress, siteFileUrl, sitePath } from './canonical.ts';
import { SITE } from '../site.ts';

test('the path is resolved on the site', () => {
  assert.equal(canonicalUrl('/', new URL('https://example.org')).href, 'https://example.org/');
  assert.equal(canonicalUrl('/404', new URL('https://example.org/')).href, 'https://example.org/404');
  assert.equal(canonicalUrl('/pow-article/', new URL('https://user.github.io/pow-article/')).href, 'https://user.github.io/pow-article/');
});

test('without a site there is no canonical URL, and the error says where to set it', () => {
  assert.throws(() => canonicalUrl('/', undefined), /astro\.config\.mjs must set `site`/);
});

test('SITE_URL gives the site URL and base, with or without the trailing slash', () => {
  assert.deepEqual(siteAddress({ SITE_URL: 'https://example.org' }), { url: 'https://example.org/', base: '/', from: 'SITE_URL' });
  for (const SITE_URL of ['https://user.github.io/pow-article', 'https://user.github.io/pow-article/']) {
    assert.deepEqual(siteAddress({ SITE_URL }), { url: 'https://user.github.io/pow-article/', base: '/pow-article/', from: 'SITE_URL' });
  }
});

test('unset or empty, it falls back to the host deploy URL, then to the default', () => {
  assert.equal(siteAddress({}).url, `${SITE.defaultUrl}/`);
  assert.equal(siteAddress({ SITE_URL: '' }).from, 'default');
  assert.deepEqual(siteAddress({ NETLIFY: 'true', URL: 'https://pow.netlify.app' }), {
    url: 'https://pow.netlify.app/',
    base: '/',
    from: 'URL (Netlify)',
  });
  assert.equal(siteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.pow.pages.dev' }).url, 'https://abc.pow.pages.dev/');
  assert.equal(siteAddress({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'pow.vercel.app' }).url, 'https://pow.vercel.app/');
  // A `URL` variable outside Netlify is not a deploy URL.
  assert.equal(siteAddress({ URL: 'https://elsewhere.example' }).from, 'default');
  // SITE_URL wins over a host's variable.
  assert.equal(
    siteAddress({ SITE_URL: 'https://example.org/', NETLIFY: 'true', URL: 'https://pow.netlify.app' }).url,
    'https://example.org/',
  );
});

test('a bad SITE_URL is refused, naming SITE_URL and what is wrong', () => {
  assert.throws(() => siteAddress({ SITE_URL: 'example.org' }), /SITE_URL is "example\.org": not a URL/);
  assert.throws(
    () => siteAddress({ SITE_URL: 'ftp://example.org/' }),
    /SITE_URL is "ftp:\/\/example\.org\/": it must begin with https:\/\/ or http:\/\//,
  );
  assert.throws(() => siteAddress({ SITE_URL: 'https://example.org/?ref=x' }), /SITE_URL .*must not have a query/);
  assert.throws(() => siteAddress({ SITE_URL: 'https://example.org/#top' }), /SITE_URL .*must not have a fragment/);
  assert.throws(() => siteAddress({ NETLIFY: 'true', URL: 'not a url' }), /URL \(Netlify\) is "not a url": not a URL/);
});

test('a build that falls back to localhost warns, except for npm start and the tests', () => {
  const local = siteAddress({});
  assert.match(localhostWarning(local, {})!, /SITE_URL is not set.*point at http:\/\/localhost:4321\//);
  assert.match(localhostWarning(local, { npm_lifecycle_event: 'build' })!, /SITE_URL is not set/);
  assert.equal(localhostWarning(local, { npm_lifecycle_event: 'start' }), null);
  assert.equal(localhostWarning(local, { npm_lifecycle_event: 'test' }), null);
  assert.equal(localhostWarning(siteAddress({ SITE_URL: 'https://example.org' }), {}), null);
});

test('files of the site keep the site path', () => {
  const site = new URL('https://user.github.io/pow-article/');
  assert.equal(siteFileUrl('og.png', site).href, 'https://user.github.io/pow-article/og.png');
  assert.equal(siteFileUrl('/feed.xml', site).href, 'https://user.github.io/pow-article/feed.xml');
  assert.equal(siteFileUrl('og.png', new URL('https://example.org')).href, 'https://example.org/og.png');
  assert.equal(sitePath('feed.xml', '/pow-article/'), '/pow-article/feed.xml');
  assert.equal(sitePath('/feed.xml', '/pow-article'), '/pow-article/feed.xml');
  assert.equal(sitePath('', '/'), '/');
});
