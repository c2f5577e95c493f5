/**
 * `npm run build:test`: `astro build` for the browser tests, made for the address they expect
 * (TEST_SITE_URL, tests/test-site-url.ts) whatever the shell holds: SITE_URL and every static
 * host's deploy variables are cleared for the build, so a machine that has SITE_URL set (a
 * deploy job, a writer's shell) still tests the site it would serve at localhost.
 */
import { spawnSync } from 'node:child_process';
import { TEST_SITE_URL } from '../test-site-url.ts';

const HOST_VARIABLES = ['SITE_URL', 'NETLIFY', 'URL', 'CF_PAGES', 'CF_PAGES_URL', 'VERCEL', 'VERCEL_PROJECT_PRODUCTION_URL'];
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !HOST_VARIABLES.includes(name)));
const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...env, SITE_URL: TEST_SITE_URL },
});
process.exit(run.status ?? 1);
