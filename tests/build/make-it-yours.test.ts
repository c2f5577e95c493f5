/**
 * Make it yours in one place: a writer who sets the site's name, description and publisher in
 * src/site.ts finds them everywhere the site says who it is, and the template's own name nowhere.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { distFiles } from '../e2e/dist.ts';
import { SEED_SLUG, TempProject } from './temp-project.ts';
import { SITE } from '../../src/site.ts';

const project = new TempProject().addSeedArticle(`${SEED_SLUG}.mdx`);
after(() => project.remove());

test('the name, description and publisher set in src/site.ts are the site’s everywhere, and the old name is gone', () => {
  const site = join(project.root, 'src/site.ts');
  const source = readFileSync(site, 'utf8');
  const edited = source
    // Whatever the fields hold now (a writer may have set them already): what the README names.
    .replace(/const name = '[^']*';/, "const name = 'The Quiet Desk';")
    .replace(/description: '[^']*',/, "description: 'is where one reporter keeps one story at a time.',")
    .replace(/publisher: [^,\n]+,/, "publisher: 'Quiet Desk Press',");
  assert.notEqual(edited, source, 'the fields are where the README says');
  writeFileSync(site, edited);
  const build = project.build();
  assert.ok(build.ok, build.output);
  const dist = join(project.root, 'dist');
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.match(page, /<title>What We Learned From Interviewing Russian POWs · The Quiet Desk<\/title>/);
  assert.match(page, /<meta property="og:site_name" content="The Quiet Desk">/);
  assert.match(page, /class="masthead-name"[^>]*>The Quiet Desk</);
  assert.match(page, />The Quiet Desk<\/a> is where one reporter keeps one story at a time\.</);
  assert.match(page, /"publisher":\{"@type":"Organization","name":"Quiet Desk Press"\}/);
  assert.match(page, /howpublished = \{The Quiet Desk\}/);
  assert.match(readFileSync(join(dist, 'feed.xml'), 'utf8'), /<title>The Quiet Desk<\/title>/);
  const book = unzipSync(new Uint8Array(readFileSync(join(dist, `${SEED_SLUG}.epub`))));
  assert.match(strFromU8(book['OEBPS/content.opf']!), /<dc:publisher>Quiet Desk Press<\/dc:publisher>/);
  for (const file of distFiles(dist).filter((f) => /\.(html|xml|txt|md|json|webmanifest)$/.test(f))) {
    assert.ok(!readFileSync(join(dist, file), 'utf8').includes(SITE.name), `${file} still names “${SITE.name}”`);
  }
});
