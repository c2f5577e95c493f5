import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Serves a project's built `dist/` with `astro preview` on `port`, and resolves once it answers.
 * `--ignore-lock`: Astro 7 allows one tracked preview server per project and may move a preview
 * started by a tool into the background; an untracked one is ours to stop.
 */
export async function serveDist(port: number, root = process.cwd()): Promise<{ url: string; stop: () => void }> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--root', root, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`astro preview did not answer at ${url}`);
}
