/**
 * What a writer reads in the console: `npm run build` (and so `npm start`) prints Astro's own
 * progress and nothing a writer must learn to ignore (#35, item 6): no warning about Shiki and
 * the CSP (its styles become classes), no bundler directive block, no Node deprecation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TempProject } from './temp-project.ts';

test('npm run build of the seed prints no warning', () => {
  const project = new TempProject().addSeedArticle();
  try {
    // As a writer runs it: through npm (which reads the project's .npmrc), for a real address.
    const run = spawnSync('npm', ['run', 'build'], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'https://example.org/', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output);
    assert.match(output, /Complete!/);
    assert.doesNotMatch(output, /WARN|Warning|DEP0\d+|Shiki|MODULE_LEVEL_DIRECTIVE|deprecated/i, output);
  } finally {
    project.remove();
  }
});
