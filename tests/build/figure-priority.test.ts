/** A `<Figure priority>` in the first view is fetched first; every other picture waits until it is near. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { fixtureArticle, TempProject } from './temp-project.ts';

const project = new TempProject();
after(() => project.remove());

test('<Figure priority> is fetched with high priority and never lazily; a figure without it is lazy', async () => {
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#8a9a80' } })
    .jpeg()
    .toBuffer();
  for (const name of ['first.jpg', 'later.jpg']) project.write(`content/articles/${name}`, '');
  for (const name of ['first.jpg', 'later.jpg']) await sharp(photo).toFile(join(project.articles, name));
  const body =
    '<Figure src="./first.jpg" alt="The first picture" priority />\n\nA paragraph.\n\n<Figure src="./later.jpg" alt="A later picture" />\n';
  project.write('content/articles/priority.mdx', fixtureArticle({}, body));
  const build = project.build();
  assert.ok(build.ok, build.output);
  const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  const img = (alt: string) => new RegExp(`<img[^>]*alt="${alt}"[^>]*>`).exec(html)?.[0] ?? '';
  assert.match(img('The first picture'), /fetchpriority="high"/);
  assert.doesNotMatch(img('The first picture'), /loading="lazy"/);
  assert.match(img('A later picture'), /loading="lazy"/);
  assert.doesNotMatch(img('A later picture'), /fetchpriority="high"/);
});
