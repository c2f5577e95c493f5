import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { TempProject } from '../build/temp-project.ts';

/** The writer's check's target on this 2-core machine, for the seed and for a 10,000-word article (#35). */
export const CHECK_TARGET_S = 120;

/**
 * How long `npm run check:article` takes, build included, on the article `fill` puts in a fresh
 * copy of the project (with its tests), as a writer runs it; and whether it passed.
 */
export async function timeWritersCheck(fill: (project: TempProject) => unknown): Promise<{ seconds: number; passed: boolean }> {
  const project = new TempProject({ withTests: true });
  try {
    await fill(project);
    const started = performance.now();
    let passed = true;
    try {
      execFileSync(process.execPath, ['tests/article-check/check-article.ts'], { cwd: project.root, stdio: 'ignore', timeout: 900_000 });
    } catch {
      passed = false;
    }
    return { seconds: Math.round((performance.now() - started) / 100) / 10, passed };
  } finally {
    project.remove();
  }
}
