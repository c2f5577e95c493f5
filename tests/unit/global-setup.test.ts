/** `npm run test:e2e` without a build stops at once and says what to run, rather than failing every test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import globalSetup from '../e2e/global-setup.ts';

async function inFolder<T>(setup: (dir: string) => void, run: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'no-build-'));
  const cwd = process.cwd();
  try {
    setup(dir);
    process.chdir(dir);
    return await run();
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('with no dist/, the browser tests stop, naming the command that builds it', async () => {
  await inFolder(() => {}, () => assert.rejects(globalSetup(), /There is no built site in dist\/: run "npm run build" first \(npm test does both\)/));
});

test('with a dist/ built for another address, they stop, naming it and how to build for the tests', async () => {
  await inFolder(
    (dir) => {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><link rel="canonical" href="https://example.org/">');
    },
    () => assert.rejects(globalSetup(), /dist\/ was built for https:\/\/example\.org\/, the browser tests expect http:\/\/localhost:4321\/.*npm run build:test/),
  );
});
