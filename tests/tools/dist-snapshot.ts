/**
 * Builds the real article, the long-form showcase and the German and Arabic fixtures, each in a temporary copy of the project,
 * and keeps each `dist/` under OUT (default `dist-snapshots/`, not in git): the "before" and
 * "after" of a structural change, to compare byte for byte.
 *
 *   npm run snapshot -- /tmp/before      # on the old commit
 *   npm run snapshot -- /tmp/after       # on the new one
 *   diff -r /tmp/before /tmp/after       # nothing, unless the change meant it
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEED_SLUG, TempProject } from '../build/temp-project.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';
import { addLanguageFixture } from '../fixtures/languages/languages.ts';

const out = resolve(process.argv[2] ?? 'dist-snapshots');
const builds: Record<string, (p: TempProject) => Promise<unknown> | unknown> = {
  article: (p) => p.addSeedArticle(`${SEED_SLUG}.mdx`),
  showcase: addShowcase,
  german: (p) => addLanguageFixture(p, 'german'),
  arabic: (p) => addLanguageFixture(p, 'arabic'),
};

for (const [name, fill] of Object.entries(builds)) {
  const project = new TempProject();
  try {
    await fill(project);
    const build = project.build({ SITE_URL: 'http://localhost:4321/' });
    if (!build.ok) throw new Error(`${name} did not build:\n${build.output}`);
    rmSync(join(out, name), { recursive: true, force: true });
    cpSync(join(project.root, 'dist'), join(out, name), { recursive: true });
    console.log(`${name}: ${join(out, name)}`);
  } finally {
    project.remove();
  }
}
