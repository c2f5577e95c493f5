import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../tools/static-server.ts';

test('a root without a 404 page answers a missing path with a plain 404 and keeps serving', async () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title><p>x</p>');
  const server = await startStaticServer({ root });
  try {
    const missing = await fetch(new URL('favicon.ico', server.url));
    assert.equal(missing.status, 404);
    assert.equal(await missing.text(), 'Not found\n');
    const page = await fetch(server.url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<p>x<\/p>/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test("a root with a 404 page sends that page with status 404", async () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(root, 'index.html'), '<p>x</p>');
  writeFileSync(join(root, '404.html'), '<p>No such page</p>');
  const server = await startStaticServer({ root });
  try {
    const missing = await fetch(new URL('nowhere/', server.url));
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /No such page/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
