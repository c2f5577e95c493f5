/** The deploy files are ready to use: the Pages workflow is valid and builds for the Pages URL; Netlify's file builds dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

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

test('the workflow installs, on ubuntu-latest, every package of the one list .ci/run reads, under Ubuntu’s names', () => {
  const steps = (parse(workflow) as { jobs: { build: { steps: { name?: string; run?: string }[] } } }).jobs.build.steps;
  const install = steps.find((s) => s.name === 'Tools the tests drive')!.run!;
  const list = readFileSync('.ci/system-packages.tsv', 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .slice(1); // the header
  const ubuntu = list.map(([, name]) => name!).filter((name) => name !== '-');
  assert.ok(ubuntu.length >= 7, ubuntu.join(' '));
  // The step as written, with npx, sudo and apt-get standing in to record what they are asked.
  const bin = mkdtempSync(join(tmpdir(), 'runner-'));
  const log = join(bin, 'calls.log');
  for (const tool of ['npx', 'apt-get']) writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`, { mode: 0o755 });
  writeFileSync(join(bin, 'sudo'), '#!/bin/sh\nexec "$@"\n', { mode: 0o755 });
  const run = spawnSync('bash', ['-e', '-c', install], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  assert.equal(run.status, 0, run.stderr);
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  rmSync(bin, { recursive: true, force: true });
  assert.ok(calls.includes('npx playwright install --with-deps chromium'), calls.join('\n'));
  const installed = calls.filter((c) => c.startsWith('apt-get install')).flatMap((c) => c.split(' ').slice(3));
  assert.deepEqual(installed.sort(), [...ubuntu].sort());
  // And the Debian column is what .ci/run installs from: the same file, read there.
  assert.match(readFileSync('.ci/run', 'utf8'), /done < \.ci\/system-packages\.tsv/);
});
