import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EPUBCHECK = '/usr/bin/epubcheck';

/** True where EPUBCheck is missing outside CI (a test then skips; in CI it must be there). */
export const epubCheckMissing = () => !existsSync(EPUBCHECK) && !process.env.CI;

/** EPUBCheck's verdict on a book: its exit status and its report. */
export function epubCheck(bytes: Uint8Array): { status: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'epub-'));
  try {
    writeFileSync(join(dir, 'book.epub'), bytes);
    const run = spawnSync('java', ['-jar', EPUBCHECK, join(dir, 'book.epub')], { encoding: 'utf8' });
    return { status: run.status, report: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
