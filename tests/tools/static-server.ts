/**
 * Serves a built site as a static host or CDN would: the headers of `_headers`, brotli for text
 * (quality 11, as a CDN pre-compresses), `/path` → `path.html` or `path/index.html`, and
 * `404.html` with status 404 for anything else. Used by the browser tests and the benchmark,
 * so both see what production sends. Hand-written (about 60 lines): no maintained static server
 * reads `_headers`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { lookup } from 'mrmime';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function startStaticServer(options: { root?: string; port: number; host?: string }): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(options.root ?? 'dist');
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const compressed = new Map<string, Buffer>();

  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(pathname);
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
    }
    const type = lookup(file) ?? 'application/octet-stream';
    let body: Buffer = await readFile(file);
    const headers: Record<string, string> = {
      'content-type': type.startsWith('text/') || type.endsWith('xml') ? `${type}; charset=utf-8` : type,
      'cache-control': 'no-cache',
      ...headersFor(rules, path),
    };
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

  // 127.0.0.1, not 'localhost' (which may be ::1 only): the tests reach it as localhost and,
  // for a second origin, as 127.0.0.1.
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done) => server.listen(options.port, host, done));
  return {
    url: `http://localhost:${options.port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
