/**
 * deploy/nginx.conf in a real nginx (Debian's package; .ci/run installs it): started here on a
 * loopback port with the built site, then checked for status codes, every header of _headers,
 * the 404 page, caching, compression, and a clean page load in Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { fixtureDist } from './fixture-sites.ts';
import { headersFor, parseHeadersFile } from '../tools/headers-file.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const MODULES = '/usr/lib/nginx/modules';
const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].map((m) => join(MODULES, m));
const hasBrotli = BROTLI_MODULES.every((m) => existsSync(m));
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

test.describe.configure({ mode: 'serial' });
// On a machine without nginx the spec is skipped, except in CI, which must run it.
test.skip(!NGINX && !process.env.CI, 'nginx is not installed (Debian: apt-get install nginx)');

let nginx: ChildProcess;
let origin: string;
let dir: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The deploy file, made runnable here: its server block, listening on the loopback port, serving a copy of dist/. */
function config(port: number, root: string): string {
  let server = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^\s*listen .*;$/gm, '')
    .replace(/^(\s*)root .*;$/m, `$1listen 127.0.0.1:${port};\n$1root ${root};`);
  if (hasBrotli) server = server.replace(/^(\s*)gzip on;$/m, `$1include ${resolve('deploy/nginx-brotli.conf')};\n$1gzip on;`);
  return [
    ...(hasBrotli ? BROTLI_MODULES.map((m) => `load_module ${m};`) : []),
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    server,
    '}',
  ].join('\n');
}

test.beforeAll(async () => {
  expect(NGINX, 'nginx is installed (.ci/run installs it)').toBeTruthy();
  dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  chmodSync(dir, 0o755); // nginx's workers drop to an unprivileged user, which must read the site
  const root = join(dir, 'site');
  cpSync(fixtureDist('seed'), root, { recursive: true });
  // A content-hashed asset, as Astro writes when a script or style is not inlined.
  mkdirSync(join(root, '_astro'), { recursive: true });
  writeFileSync(join(root, '_astro', 'probe.AbC123.js'), `export const probe = ${JSON.stringify('x'.repeat(2000))};\n`);
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), config(port, root));
    const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
    origin = `http://127.0.0.1:${port}`;
    const up = await waitUntilServing(origin);
    if (up) break;
    nginx.kill();
    if (attempt === 2) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  }
});

test.afterAll(async () => {
  nginx?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function waitUntilServing(url: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** A raw GET, so the response's own encoding and headers are seen, not undone by a client. */
function get(path: string, acceptEncoding = 'identity'): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = httpRequest(`${origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Every header _headers gives `path` is sent, with the same value. */
function expectHeadersOf(headers: Record<string, string>, path: string) {
  const expected = headersFor(rules, path);
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(7);
  for (const [name, value] of Object.entries(expected)) expect(headers[name], name).toBe(value);
}

test('the article answers 200 as HTML, with every header of _headers', async () => {
  const { status, headers, body } = await get('/');
  expect(status).toBe(200);
  expect(headers['content-type']).toMatch(/^text\/html/);
  expect(body.toString()).toContain('<h1 class="article-title"');
  expectHeadersOf(headers, '/');
  expect(headers['cache-control']).toBeUndefined();
});

test('the other files answer 200 with their types', async () => {
  const editions = readdirSync(fixtureDist('seed')).filter((f) => /\.(epub|md)$/.test(f));
  expect(editions).toHaveLength(2);
  const types = editions.map((f) => [`/${f}`, f.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'application/epub+zip']);
  for (const [path, type] of [
    ['/og.png', 'image/png'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/feed.xml', 'xml'],
    ['/robots.txt', 'text/plain'],
    ['/sitemap-index.xml', 'xml'],
    ...types,
  ]) {
    const { status, headers } = await get(path!);
    expect(status, path).toBe(200);
    expect(headers['content-type'], path).toContain(type!);
  }
});

test('an unknown address gets the 404 page with status 404 and the same headers', async () => {
  const { status, headers, body } = await get('/no-such-page');
  expect(status).toBe(404);
  expect(body.toString()).toContain('Page not found');
  expectHeadersOf(headers, '/no-such-page');
});

test('content-hashed files under /_astro/ are cached for a year, immutable, with the security headers too', async () => {
  const { status, headers } = await get('/_astro/probe.AbC123.js');
  expect(status).toBe(200);
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expectHeadersOf(headers, '/_astro/probe.AbC123.js');
});

test('text is compressed: gzip, and brotli where the module is installed', async () => {
  const gzip = await get('/', 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.headers['vary']).toContain('Accept-Encoding');
  expect(gzip.body.length).toBeLessThan((await get('/')).body.length / 2);
  if (process.env.CI) expect(hasBrotli, 'CI installs the brotli modules').toBe(true);
  if (hasBrotli) expect((await get('/', 'br, gzip')).headers['content-encoding']).toBe('br');
  // Images are not compressed again.
  expect((await get('/og.png', 'gzip')).headers['content-encoding']).toBeUndefined();
});

test('Chromium loads the page from nginx with no CSP violation or console error', async ({ page }) => {
  const response = await page.goto(`${origin}/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible(); // the inline script ran under the CSP
});
