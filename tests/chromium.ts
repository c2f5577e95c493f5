import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Which Chromium the tests drive, in this order: $CHROMIUM_PATH, Playwright's own download
 * (`npx playwright install chromium`), then a system Chromium at /usr/bin/chromium (Debian's
 * `apt-get install chromium`). `undefined` means "Playwright's own".
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (playwrightHasChromium()) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  fail('no Chromium found.');
}

function playwrightHasChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function fail(why: string): never {
  console.error(
    `Tests need Chromium: ${why} Run "npx playwright install chromium", or install one (Debian: "apt-get install chromium"), or set CHROMIUM_PATH.`,
  );
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
