/**
 * Before the browser tests: check there is a built site, then serve it on a free port (chosen by
 * the system, so a stale server on a fixed port can never answer for this run) and tell the
 * workers where, through TEST_BASE_URL (playwright.config.ts reads it as `baseURL`).
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from '../tools/static-server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('There is no built site in dist/: run "npm run build" first (npm test does both).');
  }
  const server = await startStaticServer({ root: 'dist' });
  process.env.TEST_BASE_URL = server.url;
  return server.close;
}
