/**
 * Two builds of the same sources, in two different folders, give byte-identical sites; the
 * second runs years later by its clock (faketime) and in another time zone, so any output that
 * reads the clock or the zone (a feed's build date, a zip's timestamps) is caught.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { distFiles } from '../e2e/dist.ts';
import { TempProject } from './temp-project.ts';

const projects = [new TempProject().addSeedArticle(), new TempProject().addSeedArticle()];
after(() => projects.forEach((p) => p.remove()));

function digest(dist: string): Map<string, string> {
  return new Map(
    distFiles(dist)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dist, f)))
          .digest('hex'),
      ]),
  );
}

const hasFaketime = spawnSync('faketime', ['--version']).status === 0;

test(
  'dist/ is the same, file for file and byte for byte, whatever the clock and time zone',
  { skip: !hasFaketime && !process.env.CI && 'needs faketime (Debian: apt-get install faketime)' },
  () => {
    assert.ok(hasFaketime, 'faketime is installed (.ci/run installs it)');
    const [a, b] = projects.map((p, i) => {
      const build = i === 0 ? p.build({ TZ: 'UTC' }) : p.build({ TZ: 'Pacific/Kiritimati' }, '2031-06-01 12:00:00');
      assert.ok(build.ok, build.output);
      return digest(join(p.root, 'dist'));
    });
    assert.notEqual(projects[0]!.root, projects[1]!.root);
    assert.ok(a!.size > 5, `a whole site was built: ${[...a!.keys()].join(', ')}`);
    assert.deepEqual([...a!.keys()], [...b!.keys()]);
    for (const [file, hash] of a!) assert.equal(b!.get(file), hash, `${file} differs between builds`);
  },
);
