import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of the built site, as paths relative to dist/ ("index.html", "og.png", …). */
export function distFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

export function distHtml(dir = 'dist'): { file: string; html: string }[] {
  return distFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
}
