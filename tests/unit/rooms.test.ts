/**
 * The house's rooms (each folder of src/, or a file at its top) stand on floors: a room imports
 * only rooms below it, so no import runs back up and no two rooms need each other. A cycle
 * between rooms fails here, naming the imports that close it (README, "Where things are").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** The product's source files (tests and type declarations are not rooms' code). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|astro|mjs|js)$/.test(entry.name) && !/\.test\.ts$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The room a file stands in: its first folder under src/, or the file itself at the top. */
const roomOf = (file: string) => relative(SRC, file).split('/')[0]!;

/** Each import of another room, as "from -> to (file: specifier)". */
function roomImports(files: readonly string[]): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // `… from './x'` (an import or export, on one line or many), `import './x'` and `import('./x')`.
    for (const [, named, bare] of text.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const specifier = (named ?? bare)!;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC)) continue;
      const [from, to] = [roomOf(file), roomOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)!.set(to, `${relative(ROOT, file)} imports ${specifier}`);
    }
  }
  return edges;
}

/** A cycle of rooms, as the imports that close it, or undefined where the rooms stand on floors. */
function findCycle(edges: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (room: string): string[] | undefined => {
    if (state.get(room) === 'done') return undefined;
    if (state.get(room) === 'open') {
      const loop = [...path.slice(path.indexOf(room)), room];
      return loop.slice(1).map((to, i) => edges.get(loop[i]!)!.get(to)!);
    }
    state.set(room, 'open');
    path.push(room);
    for (const to of edges.get(room)?.keys() ?? []) {
      const found = visit(to);
      if (found) return found;
    }
    path.pop();
    state.set(room, 'done');
    return undefined;
  };
  for (const room of edges.keys()) {
    const found = visit(room);
    if (found) return found;
  }
  return undefined;
}

test('no two rooms of src/ import each other, through any path: every import goes down a floor', () => {
  const edges = roomImports(sources(SRC));
  assert.ok(edges.get('pages')?.size, 'the imports are read (the pages import the rest)');
  assert.equal(findCycle(edges), undefined);
});

test('a room that imports one above it is found, with the imports that close the circle', () => {
  // article -> lib -> article, as an import of a type from the schema into lib once made it.
  const edges = new Map([
    ['article', new Map([['lib', 'src/article/notices.ts imports ../lib/dates.ts']])],
    ['lib', new Map([['article', 'src/lib/metadata.ts imports ../article/schema.ts']])],
  ]);
  assert.deepEqual(findCycle(edges), [
    'src/article/notices.ts imports ../lib/dates.ts',
    'src/lib/metadata.ts imports ../article/schema.ts',
  ]);
});
