import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Where Debian, Ubuntu and Fedora put their Chromium. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** How to get a browser, named in the one message a run without one stops with. */
const HOW_TO_INSTALL =
  'Install one with "npx playwright install chromium" (Playwright\'s own), or "sudo apt-get install chromium" ' +
  '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/**
 * The Chromium the tests drive, found without installing anything, in this order:
 * $CHROMIUM_PATH, Playwright's own download, then a system Chromium. `null` is Playwright's own;
 * `undefined` is none found. `.ci/run` asks the same question (`node tests/chromium.ts`).
 */
export function findChromium(): string | null | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (playwrightHasChromium()) return null;
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/**
 * The executable to launch (`undefined`: Playwright's own). With none found, Playwright's own
 * download is tried once; where that fails too (no network, say), the run stops with one
 * message naming the commands that install a browser.
 */
export function chromiumExecutable(): string | undefined {
  let found = findChromium();
  if (found === undefined) {
    console.error('No Chromium found: trying "npx playwright install chromium"…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
    found = findChromium();
    if (found === undefined) fail('none was found, and Playwright could not download its own.');
  }
  return found ?? undefined;
}

function playwrightHasChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function fail(why: string): never {
  console.error(`The browser tests need Chromium: ${why} ${HOW_TO_INSTALL}`);
  process.exit(1);
}

/**
 * Flags that keep Chromium from reaching out to Google's services: on a closed network those
 * requests fail by the dozen, and a test run should make no request but to the site under test.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
];

/** Chromium for scripts and build tests outside the Playwright runner, found as above. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS });
}

// `node tests/chromium.ts`: exits 0 and prints which Chromium the tests would use, 1 if none.
if (import.meta.main) {
  const found = findChromium();
  console.log(found === undefined ? 'none' : (found ?? chromium.executablePath()));
  process.exit(found === undefined ? 1 : 0);
}
