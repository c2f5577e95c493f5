/** The deploy files are ready to use: the Pages workflow is valid and builds for the Pages URL; Netlify's file builds dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const workflowFile = '.github/workflows/deploy.yml';
const workflow = readFileSync(workflowFile, 'utf8');

test('the GitHub Pages workflow is valid against the GitHub Actions schema (action-validator)', () => {
  const run = spawnSync('node_modules/.bin/action-validator', [workflowFile], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
});

test('the workflow tests, then builds for configure-pages’ base_url, then deploys with the official actions', () => {
  const steps = ['actions/checkout@', 'actions/setup-node@', 'actions/configure-pages@', 'npm test', 'SITE_URL: ${{ steps.pages.outputs.base_url }}', 'actions/upload-pages-artifact@', 'actions/deploy-pages@'];
  const at = steps.map((s) => workflow.indexOf(s));
  assert.ok(at.every((i) => i >= 0), `every step is there: ${steps.filter((_, i) => at[i]! < 0).join(', ')}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'in this order');
  assert.match(workflow, /node-version-file: \.node-version/);
  assert.match(workflow, /path: dist\b/);
});

test('Netlify builds with npm run build into dist/', () => {
  const toml = readFileSync('netlify.toml', 'utf8');
  assert.match(toml, /command = "npm run build"/);
  assert.match(toml, /publish = "dist"/);
  assert.match(toml, /NODE_VERSION = "24"/);
});

test('.node-version, .nvmrc and the pinned runtime name the same Node major', () => {
  const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.node as string;
  const major = pinned.split('.')[0];
  assert.equal(readFileSync('.node-version', 'utf8').trim(), major);
  assert.equal(readFileSync('.nvmrc', 'utf8').trim(), major);
  // npm scripts run the pinned Node, whatever Node runs npm.
  assert.equal(process.versions.node.split('.')[0], major, `this test runs under the pinned Node ${pinned}`);
});
