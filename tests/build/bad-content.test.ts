/**
 * Bad content stops the build with a message that names the file and the field (or, for MDX,
 * the line). Every case is a temporary copy: the real article is read, never written.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticle, REAL_ARTICLES, TempProject } from './temp-project.ts';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(REAL_ARTICLES).sort()) hash.update(f).update(readFileSync(join(REAL_ARTICLES, f)));
  return hash.digest('hex');
}
let realBefore: string;
before(() => (realBefore = fingerprint()));
after(() => assert.equal(fingerprint(), realBefore, 'the real article is unchanged'));

function buildWith(file: string, text: string) {
  const project = new TempProject().write(`content/articles/${file}`, text);
  projects.push(project);
  return project.buildAsync();
}

const CASES: { name: string; file: string; text: string; field: RegExp }[] = [
  { name: 'a missing title', file: 'no-title.mdx', text: fixtureArticle({ title: null }), field: /title\b.*is required/ },
  { name: 'an empty title', file: 'empty-title.mdx', text: fixtureArticle({ title: "title: '  '" }), field: /title\b.*must not be empty/ },
  {
    name: 'a date that is not a date',
    file: 'bad-date.mdx',
    text: fixtureArticle({ published: 'published: the 32nd of Smarch' }),
    field: /published\b.*must be a date/,
  },
  {
    name: 'an updated date before the published one',
    file: 'updated-early.mdx',
    text: fixtureArticle({ updated: 'updated: 2023-12-31' }),
    field: /updated\b.*must not be before `published`/,
  },
  {
    name: 'a description over the limit',
    file: 'long-description.mdx',
    text: fixtureArticle({ description: `description: ${'A description that goes on. '.repeat(7)}` }),
    field: /description\b.*must be at most 160 characters/,
  },
  {
    name: 'an unknown frontmatter field',
    file: 'unknown-field.mdx',
    text: fixtureArticle({ subtitle: 'subtitle: Not a field' }),
    field: /subtitle/,
  },
];

describe('bad frontmatter fails the build, naming file and field', { concurrency: 3 }, () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const { ok, output } = await buildWith(c.file, c.text);
      assert.equal(ok, false, 'the build should fail');
      assert.match(output, /InvalidContentEntryDataError/);
      assert.match(output, new RegExp(`content/articles/${c.file.replace('.', '\\.')}`), 'names the file');
      assert.match(output, c.field, 'names the field and what is wrong');
    });
  }
});

test('a correction dated before publication, an update with an unknown key and a fediverse address of the wrong form are each named', async () => {
  const text = fixtureArticle({
    author: 'author:\n  name: Test Author\n  fediverse: writer@mastodon.social',
    corrections: 'corrections:\n  - date: 2023-12-01\n    text: An earlier version gave the wrong town.',
    updates: 'updates:\n  - date: 2024-02-01\n    text: Added a reply.\n    by: the editor',
  });
  const { ok, output } = await buildWith('record.mdx', text);
  assert.equal(ok, false, 'the build should fail');
  assert.match(output, /content\/articles\/record\.mdx/, 'names the file');
  assert.match(output, /corrections\.0\.date\b.*must not be before `published`/);
  assert.match(output, /updates\.0\b.*by/);
  assert.match(output, /author\.fediverse\b.*must be a fediverse address such as "@writer@mastodon\.social"/);
});

test('an MDX syntax error fails the build, naming the file and line', async () => {
  const body = 'A first paragraph.\n\nA paragraph with a broken <span tag {oops\n';
  const { ok, output } = await buildWith('broken.mdx', fixtureArticle({}, body));
  assert.equal(ok, false, 'the build should fail');
  // The frontmatter is 7 lines, then a blank line, the first paragraph, a blank: the error is on line 11.
  assert.match(output, /content\/articles\/broken\.mdx:11:\d+/);
});

test('a writer’s MDX slips name the file and the line in the message, and what to write instead', async () => {
  const br = await buildWith('br.mdx', fixtureArticle({}, 'A first paragraph.\n\nA line<br>with a break.\n'));
  assert.equal(br.ok, false);
  // Not Astro's bare "Expected a closing tag for `<br>` (11:7-11:11)": the file, and the way out.
  assert.match(
    br.output,
    /^content\/articles\/br\.mdx:11:7: Expected a closing tag for `<br>`.* close every tag as JSX does \(<br \/>, not <br>\)/m,
  );
  assert.match(br.output, /Location:\s+\S*content\/articles\/br\.mdx:11:7/);
  const braces = await buildWith('braces.mdx', fixtureArticle({}, 'A first paragraph.\n\nIt took {roughly} a week.\n'));
  assert.equal(braces.ok, false);
  // Not "Astro detected an unhandled rejection… ReferenceError: roughly is not defined", with neither.
  assert.match(
    braces.output,
    /^content\/articles\/braces\.mdx:11: \{roughly\} is read by MDX as JavaScript, and the article has nothing called "roughly"; to write the braces themselves, put a backslash before the first: \\\{roughly\}$/m,
  );
  assert.doesNotMatch(braces.output, /unhandled rejection|is not defined/);
});

/** A plain picture of the given size, for the image cases. */
async function picture(width: number, height: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width, height, channels: 3, background: '#8a9a80' } })
    .jpeg()
    .toBuffer();
}

const IMAGE_CASES: {
  name: string;
  file: string;
  frontmatter?: Record<string, string>;
  body: string;
  image: [number, number];
  message: RegExp;
}[] = [
  {
    name: 'a Markdown image without alt text',
    file: 'no-alt.mdx',
    body: 'A paragraph.\n\n![](./photo.jpg)\n',
    image: [800, 600],
    message: /content\/articles\/no-alt\.mdx:11: the image \.\/photo\.jpg has no alt text/,
  },
  {
    name: 'a <Figure> without alt text (and not marked decorative)',
    file: 'figure-no-alt.mdx',
    body: 'A paragraph.\n\n<Figure src="./photo.jpg">A caption.</Figure>\n',
    image: [800, 600],
    message: /content\/articles\/figure-no-alt\.mdx: <Figure src="\.\/photo\.jpg"> has no alt text/,
  },
  {
    name: 'a <Figure> whose picture is not there',
    file: 'figure-missing.mdx',
    body: '<Figure src="./nowhere.jpg" alt="Nothing" />\n',
    image: [800, 600],
    message: /content\/articles\/figure-missing\.mdx: <Figure src="\.\/nowhere\.jpg">: no such image beside the article/,
  },
  {
    name: 'a lead image without its alt text',
    file: 'lead-no-alt.mdx',
    frontmatter: { image: 'image: ./photo.jpg' },
    body: 'Body text.',
    image: [1600, 900],
    message: /InvalidContentEntryDataError[\s\S]*imageAlt\b.*is required with `image`/,
  },
  {
    name: 'a lead image too small for a link preview',
    file: 'lead-small.mdx',
    frontmatter: { image: 'image: ./photo.jpg', imageAlt: 'imageAlt: A field' },
    body: 'Body text.',
    image: [800, 400],
    message: /content\/articles\/lead-small\.mdx: image: the lead image is 800×400 pixels; it must be at least 1200×630/,
  },
];

describe('bad pictures fail the build, naming the file and the picture or field', { concurrency: 3 }, () => {
  for (const c of IMAGE_CASES) {
    test(c.name, async () => {
      const project = new TempProject().write(`content/articles/${c.file}`, fixtureArticle(c.frontmatter ?? {}, c.body));
      projects.push(project);
      writeFileSync(join(project.articles, 'photo.jpg'), await picture(...c.image));
      const { ok, output } = await project.buildAsync();
      assert.equal(ok, false, 'the build should fail');
      assert.match(output, c.message);
    });
  }
});

const BROKEN: { name: string; file: string; body: string; message: RegExp }[] = [
  {
    name: 'a link to a place in the article that is not there',
    file: 'dead-link.mdx',
    body: '## The interviews\n\nAs [the first section](#the-interview) says.\n',
    message:
      /content\/articles\/dead-link\.mdx:11: the link to #the-interview leads nowhere: no heading or note has the id "the-interview"\. The headings' ids are: the-interviews; link to one of them, or remove the link/,
  },
  {
    name: 'a heading with no text',
    file: 'empty-heading.mdx',
    body: 'A paragraph.\n\n##\n\nMore text.\n',
    message: /content\/articles\/empty-heading\.mdx:11: a heading with no text; write the section's name after the ##, or remove the line/,
  },
  {
    name: 'a Markdown picture whose file is not beside the article',
    file: 'missing-picture.mdx',
    body: 'A paragraph.\n\n![A photo of the ward](./ward.jpg)\n',
    message:
      /content\/articles\/missing-picture\.mdx:11: the image \.\/ward\.jpg is not beside the article \(looked for content\/articles\/ward\.jpg\); put the file there, or correct its name/,
  },
];

describe('a broken article fails the build, naming the file, the line and what to do', { concurrency: 3 }, () => {
  for (const c of BROKEN) {
    test(c.name, async () => {
      const { ok, output } = await buildWith(c.file, fixtureArticle({}, c.body));
      assert.equal(ok, false, 'the build should fail');
      assert.match(output, c.message);
    });
  }
});

// The showcase's sources, copied beside the broken article: a writer's real BibTeX file.
const BIBTEX = readFileSync(new URL('../fixtures/long-form-showcase/references.bib', import.meta.url), 'utf8');

const CITING: { name: string; file: string; frontmatter: Record<string, string>; body: string; message: RegExp }[] = [
  {
    name: 'a citation of a key the bibliography does not hold',
    file: 'unknown-key.mdx',
    frontmatter: { bibliography: 'bibliography: ./references.bib' },
    // The frontmatter is 8 lines (7 and the bibliography): the citation is on line 12.
    body: 'A paragraph.\n\nAs the survey found [@battles2003; @survey2024].\n',
    message:
      /content\/articles\/unknown-key\.mdx:12: the citation \[@battles2003; @survey2024\] names "survey2024", which \.\/references\.bib does not hold; add the entry or correct the key/,
  },
  {
    name: 'a bibliography that is not beside the article',
    file: 'no-bib.mdx',
    frontmatter: { bibliography: 'bibliography: ./sources.bib' },
    body: 'As [@battles2003] says.\n',
    message: /content\/articles\/no-bib\.mdx: the frontmatter's bibliography, "\.\/sources\.bib", is no file beside the article/,
  },
  {
    name: 'a citation with no bibliography named',
    file: 'no-bibliography.mdx',
    frontmatter: {},
    body: 'A paragraph.\n\nAs [@battles2003] says.\n',
    message:
      /content\/articles\/no-bibliography\.mdx:11: the citation \[@battles2003\] has no bibliography to cite from; name your BibTeX file in the frontmatter \(bibliography: \.\/references\.bib\)/,
  },
  {
    name: 'a citation style that is neither bundled nor a file',
    file: 'bad-style.mdx',
    frontmatter: { bibliography: 'bibliography: ./references.bib', csl: 'csl: turabian' },
    body: 'As [@battles2003] says.\n',
    message:
      /InvalidContentEntryDataError[\s\S]*csl\b.*must be one of chicago, apa, harvard1, mla, vancouver, or a \.csl file beside the article/,
  },
];

describe('a broken citation fails the build, naming the file, the line or field, and what to do', { concurrency: 3 }, () => {
  for (const c of CITING) {
    test(c.name, async () => {
      const project = new TempProject().write(`content/articles/${c.file}`, fixtureArticle(c.frontmatter, c.body));
      projects.push(project);
      writeFileSync(join(project.articles, 'references.bib'), BIBTEX);
      const { ok, output } = await project.buildAsync();
      assert.equal(ok, false, 'the build should fail');
      assert.match(output, c.message);
    });
  }
});
