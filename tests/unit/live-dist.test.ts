/** The engines' specs read the live site in dist/: without one, or with one built for another address, they stop and say what to run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveDist } from '../e2e/fixture-sites.ts';

function inFolder(setup: (dir: string) => void, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'no-build-'));
  try {
    setup(dir);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('with no dist/, they stop, naming the command that builds it', () => {
  inFolder(
    () => {},
    (dir) =>
      assert.throws(
        () => liveDist(join(dir, 'dist')),
        /There is no built site in dist\/: run "npm run build:test" first \(npm test does both\)/,
      ),
  );
});

test('with a dist/ built for another address, they stop, naming it and how to build for the tests', () => {
  inFolder(
    (dir) => {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><link rel="canonical" href="https://example.org/">');
    },
    (dir) =>
      assert.throws(
        () => liveDist(join(dir, 'dist')),
        /dist\/ was built for https:\/\/example\.org\/, the browser tests expect http:\/\/localhost:4321\/.*npm run build:test/,
      ),
  );
});
