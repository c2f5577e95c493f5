import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LISTEN_SELECTOR } from '../../toolkit/elements.ts';

/**
 * The reading aids loaded on first use, bundled by esbuild as standalone modules: a Vite
 * `import()` would make Astro emit the page's script as a file, a second request for every reader.
 */
const MODULES = ['listen', 'quote-share'] as const;

export const getStaticPaths: GetStaticPaths = () => MODULES.map((module) => ({ params: { module } }));

export const GET: APIRoute = async ({ params }) => {
  const result = await build({
    // The build runs in the project's root (this file runs from Astro's bundle, elsewhere).
    entryPoints: [join(process.cwd(), 'src/scripts', `${params.module}.ts`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // The build's facts an aid needs, as text: not the declarations they come from.
    define: { TOOLKIT_LISTEN_SELECTOR: JSON.stringify(LISTEN_SELECTOR) },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
