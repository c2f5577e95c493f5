/**
 * The address every test build is made for (`SITE_URL`), pinned here as a literal rather than
 * asked of the product's own URL code: a test that took it from `siteAddress()` would follow a
 * wrong default. `npm run build:test` builds for it, and the browser tests' global setup checks
 * dist/ was built for it.
 */
export const TEST_SITE_URL = 'http://localhost:4321/';
