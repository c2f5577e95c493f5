import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../tools/static-server.ts';

/** Serves `files` from a temporary root for `use`, then removes them. */
async function serving(files: Record<string, string>, use: (url: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const server = await startStaticServer({ root });
  try {
    await use(server.url);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

test('a root without a 404 page answers a missing path with a plain 404 and keeps serving', () =>
  serving({ 'index.html': '<!doctype html><title>x</title><p>x</p>' }, async (url) => {
    const missing = await fetch(new URL('favicon.ico', url));
    assert.equal(missing.status, 404);
    assert.equal(await missing.text(), 'Not found\n');
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<p>x<\/p>/);
  }));

test('a root with a 404 page sends that page with status 404', () =>
  serving({ 'index.html': '<p>x</p>', '404.html': '<p>No such page</p>' }, async (url) => {
    const missing = await fetch(new URL('nowhere/', url));
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /No such page/);
  }));
