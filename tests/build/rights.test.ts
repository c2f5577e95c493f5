/**
 * Rights: the article's words are its author's. Without a licence the site says "© year, author";
 * with `license` in the frontmatter it names and links it, in the page and in every edition.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fixtureArticle, TempProject } from './temp-project.ts';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

function build(license?: string) {
  const project = new TempProject().write(
    'content/articles/rights.mdx',
    fixtureArticle(license ? { license: `license: ${license}` } : {}, 'Body text.'),
  );
  projects.push(project);
  const result = project.build();
  assert.ok(result.ok, result.output);
  const dist = join(project.root, 'dist');
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const book = unzipSync(new Uint8Array(readFileSync(join(dist, 'rights.epub'))));
  const page = read('index.html');
  return {
    page,
    jsonLd: JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!),
    feed: read('feed.xml'),
    markdown: read('rights.md'),
    opf: strFromU8(book['OEBPS/content.opf']!),
    title: strFromU8(book['OEBPS/title.xhtml']!),
  };
}

test('without a licence: "© 2024 Test Author" at the foot of the page, in the JSON-LD, the EPUB, the feed and the Markdown', () => {
  const { page, jsonLd, feed, markdown, opf, title } = build();
  assert.match(page, /<p class="rights supplemental">© 2024 Test Author\.<\/p>/);
  assert.deepEqual(
    [jsonLd.copyrightHolder, jsonLd.copyrightYear, jsonLd.license],
    [{ '@type': 'Person', name: 'Test Author' }, 2024, undefined],
  );
  assert.match(opf, /<dc:rights>© 2024 Test Author<\/dc:rights>/);
  assert.match(title, /© 2024 Test Author/);
  assert.match(feed, /<copyright>© 2024 Test Author<\/copyright>/);
  assert.match(markdown, /^rights: "© 2024 Test Author"$/m);
  assert.doesNotMatch(markdown, /^license:/m);
});

test('with `license: CC-BY-4.0`: named and linked (rel="license") on the page, its URL in the JSON-LD and the Markdown, named in the book and the feed', () => {
  const { page, jsonLd, feed, markdown, opf } = build('CC-BY-4.0');
  assert.match(
    page,
    /© 2024 Test Author\. Licensed under <a href="https:\/\/spdx\.org\/licenses\/CC-BY-4\.0\.html" rel="license">CC-BY-4\.0<\/a>\./,
  );
  assert.equal(jsonLd.license, 'https://spdx.org/licenses/CC-BY-4.0.html');
  assert.match(
    opf,
    /<dc:rights>© 2024 Test Author\. Licensed under CC-BY-4\.0: https:\/\/spdx\.org\/licenses\/CC-BY-4\.0\.html<\/dc:rights>/,
  );
  assert.match(feed, /<copyright>© 2024 Test Author\. Licensed under CC-BY-4\.0/);
  assert.match(markdown, /^license: https:\/\/spdx\.org\/licenses\/CC-BY-4\.0\.html$/m);
});

test('a licence that is neither an SPDX id nor a URL stops the build, naming the field', () => {
  const project = new TempProject().write('content/articles/bad.mdx', fixtureArticle({ license: 'license: all rights, kind of' }));
  projects.push(project);
  const { ok, output } = project.build();
  assert.equal(ok, false);
  assert.match(output, /license\b.*must be an SPDX licence id such as "CC-BY-4\.0", or the licence's URL/);
});
