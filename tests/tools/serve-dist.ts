import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Serves the built `dist/` with `astro preview` on `port`, and resolves once it answers. */
export async function serveDist(port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--port', String(port)], { stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
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
