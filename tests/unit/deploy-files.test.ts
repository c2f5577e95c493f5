/** The deploy files are ready to use: the Pages workflow is valid, least-privileged and checks what it publishes; Netlify's file builds dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const workflowFile = '.github/workflows/deploy.yml';
const workflow = readFileSync(workflowFile, 'utf8');

test('the GitHub Pages workflow is valid against the GitHub Actions schema (action-validator)', () => {
  const run = spawnSync('node_modules/.bin/action-validator', [workflowFile], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
});

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  needs?: string;
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  outputs?: Record<string, string>;
  steps: Step[];
};
const jobs = (parse(workflow) as { jobs: Record<string, Job> }).jobs;

test('the build job builds for the Pages address, runs the writer’s check on that very build, then uploads it; the deploy job deploys it', () => {
  const steps = jobs.build!.steps;
  const at = (find: (s: Step) => boolean) => steps.findIndex(find);
  const install = at((s) => s.run === 'npm ci');
  const build = at((s) => s.run === 'npm run build' && s.env?.SITE_URL === '${{ needs.address.outputs.base_url }}');
  const check = at((s) => s.run === 'npm run check:article -- --built');
  const upload = at((s) => !!s.uses?.startsWith('actions/upload-pages-artifact@') && s.with?.path === 'dist');
  assert.ok(
    install >= 0 && build > install && check > build && upload > check,
    `npm ci, build, check, upload in that order: ${[install, build, check, upload]}`,
  );
  assert.equal(jobs.address!.outputs!.base_url, '${{ steps.pages.outputs.base_url }}');
  assert.ok(jobs.address!.steps.some((s) => s.uses?.startsWith('actions/configure-pages@')));
  assert.equal(jobs.build!.needs, 'address');
  assert.equal(jobs.deploy!.needs, 'build');
  assert.ok(jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  assert.match(workflow, /node-version-file: \.node-version/);
});

test('a writer’s push installs only what the check needs: a Chromium and EPUBCheck, not the product’s other engines and servers', () => {
  const runs = jobs.build!.steps.map((s) => s.run ?? '').join('\n');
  assert.match(runs, /npx playwright install --with-deps chromium/);
  assert.match(runs, /apt-get install -y --no-install-recommends epubcheck/);
  assert.doesNotMatch(runs, /firefox|webkit|nginx|faketime|xvfb|system-packages|npm test/i);
});

test('least privilege: nothing by default; the build job reads the code and nothing more, the deploy job alone writes Pages', () => {
  assert.deepEqual((parse(workflow) as { permissions: unknown }).permissions, {});
  assert.deepEqual(jobs.address!.permissions, { pages: 'read' });
  assert.deepEqual(jobs.build!.permissions, { contents: 'read' });
  assert.deepEqual(jobs.deploy!.permissions, { pages: 'write', 'id-token': 'write' });
  // The checkout leaves no token behind for npm ci's install scripts or the build to find.
  assert.equal(jobs.build!.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!.with?.['persist-credentials'], false);
});

test('every action is pinned by its full commit, its version in a comment; every job has a time limit', () => {
  const uses = [...workflow.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)];
  assert.ok(uses.length >= 5, uses.map((u) => u[1]).join(' '));
  for (const [line, action, rest] of uses) {
    assert.match(action!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, line);
    assert.match(rest!, /^ # v\d+\.\d+\.\d+$/, line);
  }
  for (const [name, job] of Object.entries(jobs))
    assert.ok((job['timeout-minutes'] ?? 0) > 0 && job['timeout-minutes']! <= 30, `${name}: timeout-minutes`);
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
