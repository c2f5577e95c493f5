/** Two builds of the same sources, in two different folders, give byte-identical sites. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from '../e2e/dist.ts';
import { TempProject } from './temp-project.ts';

const projects = [new TempProject().addRealArticle(), new TempProject().addRealArticle()];
after(() => projects.forEach((p) => p.remove()));

function digest(dist: string): Map<string, string> {
  return new Map(distFiles(dist).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dist, f))).digest('hex')]));
}

test('dist/ is the same, file for file and byte for byte', () => {
  const [a, b] = projects.map((p) => {
    const build = p.build();
    assert.ok(build.ok, build.output);
    return digest(join(p.root, 'dist'));
  });
  assert.notEqual(projects[0]!.root, projects[1]!.root);
  assert.ok(a!.size > 5, `a whole site was built: ${[...a!.keys()].join(', ')}`);
  assert.deepEqual([...a!.keys()], [...b!.keys()]);
  for (const [file, hash] of a!) assert.equal(b!.get(file), hash, `${file} differs between builds`);
});
