import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** The article a plugin works on, as its writer names it: its path from the project ("content/articles/a.mdx"). */
export function articlePath(file: VFile | undefined): string {
  return file?.path ? relative(process.cwd(), file.path) || file.path : 'the article';
}

/** Where in the source: a line, or a node's start. */
export type Place = number | { position?: { start: { line: number; column: number } } } | undefined;

/**
 * A fault of the article's, named as editors open a place ("content/articles/a.mdx:12: …", then
 * what to do). It carries its line and column, which Astro prints as the error's location (a
 * bare Error there reads "a.mdx:0:0", against the message).
 */
export function articleError(file: VFile | undefined, place: Place, message: string): Error {
  const start = typeof place === 'number' ? { line: place, column: 1 } : place?.position?.start;
  const error = new Error(`${articlePath(file)}${start ? `:${start.line}` : ''}: ${message}`);
  return start ? Object.assign(error, { line: start.line, column: start.column }) : error;
}
