/**
 * Serves a built site as a static host or CDN would: the headers of `_headers`, brotli for text
 * (quality 11, as a CDN pre-compresses), `/path` → `path.html` or `path/index.html`, and
 * `404.html` with status 404 for anything else (plain text where the root has none). Used by
 * the browser tests and the benchmark, so both see what production sends. Hand-written (about 80
 * lines): no maintained static server reads `_headers`.
 *
 * `base` serves the site under a path only (`/pow-article/`), as GitHub Pages serves a project
 * site: nothing is found outside it. The port defaults to 0, a free one chosen by the system,
 * so no test can meet a stale server left on a fixed port; `url` says where it listens.
 *
 * `cspReports` collects the page's CSP violations in any engine, from its first byte on: each
 * HTML response also carries every policy it enforces (its <meta> one and the header's) as
 * `Content-Security-Policy-Report-Only` with a `report-uri` here, so whatever the enforced
 * policies block, the copies report (a <meta> policy cannot report, and WebKit's WebDriver cannot
 * read the console). Reports travel after the violation, by themselves: a test that wants every
 * report of a page in hand opens `__csp-sentinel` (under the base), whose one violation reports
 * last, and waits for that report (`isSentinel` tells it from the site's own).
 *
 * `inject` is a script served at `/__inject.js` and loaded first in every HTML page (its
 * policy allows the site's own scripts): a stand-in installed before the page's scripts, in an
 * engine whose driver has no hook for that (WebKit's classic WebDriver).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { lookup } from 'mrmime';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

export interface StaticServer {
  /** Where the site is served: `http://127.0.0.1:PORT/` plus the base path. */
  url: string;
  close: () => Promise<void>;
}

const REPORT_PATH = '/__csp-report';
const SENTINEL = '__csp-sentinel';
const INJECTED = '/__inject.js';

/** A report of the sentinel page's own violation, not of the site's. */
export const isSentinel = (report: string): boolean => report.includes(SENTINEL);

/** The policies an HTML response enforces, each as a report-only copy that reports here. */
function reportingCopies(html: string, header: string | undefined): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
  return [meta, header]
    .filter((policy): policy is string => !!policy)
    .map((policy) => `${policy.replace(/;\s*$/, '')}; report-uri ${REPORT_PATH}`)
    .join(', ');
}

export async function startStaticServer(
  options: { root?: string; port?: number; base?: string; cspReports?: string[]; inject?: string } = {},
): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? '/';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must begin and end with "/", got "${base}"`);
  // Read on the first request, so a server can be started before the site it serves is built.
  let rules: HeaderRule[] | undefined;
  const compressed = new Map<string, Buffer>();

  const server: Server = createServer(async (req, res) => {
    rules ??= parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (options.cspReports && pathname === REPORT_PATH && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      options.cspReports.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(204).end();
      return;
    }
    if (options.cspReports && pathname === `${base}${SENTINEL}`) {
      // One violation, of its own: its picture; the icon is a data: URL, so the browser asks for no favicon.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy-report-only': `img-src data:; report-uri ${REPORT_PATH}`,
      });
      res.end(`<!doctype html><title>${SENTINEL}</title><link rel="icon" href="data:,"><img src="${base}${SENTINEL}.png" alt="">`);
      return;
    }
    if (options.inject && pathname === INJECTED) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(options.inject);
      return;
    }
    if (!pathname.startsWith(base) && pathname !== base.slice(0, -1)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Nothing here: the site is served under ${base}\n`);
      return;
    }
    let path = decodeURIComponent(pathname.slice(base.length - 1) || '/');
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
    let file: string | undefined;
    for (const candidate of candidates) {
      const full = normalize(join(root, candidate));
      if ((full === root || full.startsWith(root + sep)) && (await isFile(full))) {
        file = full;
        break;
      }
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      path = '/404.html';
      if (!(await isFile(file))) {
        // A root with no 404 page of its own (a bare fixture): a plain one, not a crashed server.
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
        return;
      }
    }
    const type = lookup(file) ?? 'application/octet-stream';
    let body: Buffer = await readFile(file);
    const headers: Record<string, string> = {
      'content-type': type.startsWith('text/') || type.endsWith('xml') ? `${type}; charset=utf-8` : type,
      'cache-control': 'no-cache',
      ...headersFor(rules, path),
    };
    if (options.inject && type === 'text/html')
      body = Buffer.from(body.toString('utf8').replace(/<head>/i, `<head><script src="${INJECTED}"></script>`));
    if (options.cspReports && type === 'text/html') {
      headers['content-security-policy-report-only'] = reportingCopies(body.toString('utf8'), headers['content-security-policy']);
    }
    if (COMPRESSIBLE.test(type)) {
      headers['vary'] = 'Accept-Encoding';
      if (/\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!compressed.has(file)) {
          compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(file)!;
        headers['content-encoding'] = 'br';
      }
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  // 127.0.0.1, and browsed at 127.0.0.1: 'localhost' may resolve to ::1 only.
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
