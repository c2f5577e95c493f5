import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypeReferences, remarkCitations, type RenderedReferences } from './references.ts';

// The showcase's BibTeX, copied into a temporary folder for each test, with the article beside it.
const BIB = new URL('../../tests/fixtures/long-form-showcase/references.bib', import.meta.url);

interface Run {
  html: string;
  references: RenderedReferences | undefined;
}

async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { bibliography: './references.bib' },
  files: Record<string, string> = {},
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'references-'));
  try {
    copyFileSync(BIB, join(dir, 'references.bib'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const file = new VFile({
      path: join(dir, 'article.mdx'),
      value: markdown,
      data: { astro: { frontmatter: { lang: 'en', ...frontmatter } } },
    });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeReferences).use(rehypeStringify);
    const html = String(await processor.process(file));
    return {
      html,
      references: (file.data as { astro: { frontmatter: { references?: RenderedReferences } } }).astro.frontmatter.references,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

test('Chicago author-date by default: a citation with a locator, several works, an author in the sentence, the year alone', async () => {
  const { references } = await render('Loans [@battles2003, 12; @wiegand2015]. @ranganathan1931 says so [-@ranganathan1931, 258].');
  // CMOS 17, 15.9–15.26: no comma between author and year; a page after a comma; works apart by semicolons.
  assert.deepEqual(references?.citations, ['(Battles 2003, 12; Wiegand 2015)', 'Ranganathan (1931)', '(1931, 258)']);
});

test('the frontmatter changes the style: APA writes "p." and a comma after the author; Vancouver numbers the works in the order cited', async () => {
  const apa = await render('Loans [@battles2003, 12].', { bibliography: './references.bib', csl: 'apa' });
  assert.deepEqual(apa.references?.citations, ['(Battles, 2003, p. 12)']);
  const vancouver = await render('First [@wiegand2015], then [@battles2003].', { bibliography: './references.bib', csl: 'vancouver' });
  assert.deepEqual(vancouver.references?.citations, ['(1)', '(2)']);
  assert.match(textOf(vancouver.html), /1\. Wiegand WA\. Part of Our Lives.*2\. Battles M\. Library/);
});

// A style of the writer's own, as small as CSL allows: the author's name in brackets.
const BRACKETS_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Author in brackets</title><id>test-brackets</id><category citation-format="author"/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="[" suffix="]" delimiter="; "><names variable="author"><name form="short"/></names></layout></citation>
  <bibliography><layout><names variable="author"><name name-as-sort-order="all"/></names><text variable="title" prefix=": "/></layout></bibliography>
</style>`;

test('a .csl file beside the article is a style too', async () => {
  const { references, html } = await render(
    'First [@wiegand2015].',
    { bibliography: './references.bib', csl: './brackets.csl' },
    { 'brackets.csl': BRACKETS_CSL },
  );
  assert.deepEqual(references?.citations, ['[Wiegand]']);
  assert.match(html, /<li id="bib-wiegand2015">Wiegand, Wayne A\.: Part of Our Lives/);
});

test('what a style asks of the type is a class, not a style attribute (the CSP allows none); a note style is refused', async () => {
  const smallCaps = BRACKETS_CSL.replace('<name form="short"/>', '<name form="short" font-variant="small-caps"/>');
  const { html } = await render(
    'First [@wiegand2015].',
    { bibliography: './references.bib', csl: './caps.csl' },
    { 'caps.csl': smallCaps },
  );
  assert.match(html, /\[<span class="csl-small-caps">Wiegand<\/span>\]/);
  assert.doesNotMatch(html, /style=/);
  const note = BRACKETS_CSL.replace('class="in-text"', 'class="note"');
  await assert.rejects(
    render('First [@wiegand2015].', { bibliography: './references.bib', csl: './note.csl' }, { 'note.csl': note }),
    /the frontmatter's csl, "\.\/note\.csl", is a note style/,
  );
});

test('each citation links to its entry, which links back to every place it is cited; a button opens the entries in place', async () => {
  const { html } = await render('One [@battles2003]. Two [@battles2003, 40].');
  const links = [
    ...html.matchAll(
      /<span class="citation" id="([^"]+)"><a href="#(bib-[^"]+)">([^<]+)<\/a><button type="button" class="citation-in-place" popovertarget="([^"]+)" aria-describedby="\4" hidden>\3<\/button><span class="citation-popover" id="([^"]+)" popover="auto" role="note" hidden>/g,
    ),
  ];
  assert.equal(links.length, 2);
  for (const [, id, entry, , target, popover] of links) {
    assert.equal(target, popover);
    assert.match(html, new RegExp(`<li id="${entry}">`));
    assert.match(html, new RegExp(`<a href="#${id}" class="reference-backref" aria-label="Back to citation \\d">`));
  }
  assert.match(
    html,
    /<section class="references" data-references(?:="")? role="doc-bibliography" aria-labelledby="references"><h2 id="references">References<\/h2><ul class="reference-list"><li id="bib-battles2003">Battles, Matthew\. 2003\. <i>Library: An Unquiet History<\/i>\. New York: W\. W\. Norton\./,
  );
});

test("the References follow the notes; an entry's DOI is a link; a preview names a repeated author the list writes as a dash", async () => {
  const { html } = await render('A note.[^1] And [@ranganathan1931] and [@ranganathan1957].\n\n[^1]: Noted.');
  assert.ok(html.indexOf('data-footnotes') < html.indexOf('data-references'));
  assert.match(html, /<li id="bib-ranganathan1957">———\. 1957\./);
  assert.match(html, /<a href="https:\/\/doi\.org\/10\.1086\/618272">https:\/\/doi\.org\/10\.1086\/618272<\/a>\./);
  assert.match(html, /<span class="citation-preview-entry">Ranganathan, S\. R\. 1957\. “Library Manpower in Crisis\.”/);
});

test("the References are in the article's language", async () => {
  const { html } = await render('Wie [@battles2003].', { bibliography: './references.bib', lang: 'de' });
  assert.match(html, /<h2 id="references">Literatur<\/h2>/);
  assert.match(html, /Im Literaturverzeichnis/);
});

test('an unknown key stops the build, naming the file, the line and the key', async () => {
  await assert.rejects(render('Fine.\n\nLoans [@battles2003; @nobody1999].'), (error: Error) => {
    assert.match(
      error.message,
      /article\.mdx:3: the citation \[@battles2003; @nobody1999\] names "nobody1999", which \.\/references\.bib does not hold/,
    );
    return true;
  });
  await assert.rejects(render('As @nobody1999 says.'), /:1: the citation @nobody1999 names "nobody1999"/);
});

test('a citation where it cannot be read, with no bibliography, a bibliography not there, a numeric style asked for an author: each a clear error', async () => {
  await assert.rejects(render('## Loans [@battles2003]'), /:1: the citation \[@battles2003\] is in a <h2>, where citations are not read/);
  await assert.rejects(render('Loans *[@battles2003]*.'), /is in a <em>/);
  await assert.rejects(
    render('Loans [@battles2003].', {}),
    /:1: the citation \[@battles2003\] has no bibliography to cite from; name your BibTeX file in the frontmatter/,
  );
  await assert.rejects(
    render('Loans.', { bibliography: './missing.bib' }),
    /the frontmatter's bibliography, "\.\/missing\.bib", is no file beside the article/,
  );
  await assert.rejects(
    render('As @battles2003 says.', { bibliography: './references.bib', csl: 'vancouver' }),
    /:1: the style vancouver has no in-text form for @battles2003; write it in brackets, \[@battles2003\]/,
  );
});

test('an article without a bibliography or citations is left as it is; an @ in a link or in code is no citation', async () => {
  const plain = await render('Write to [@someone](https://example.com/@someone) or run `npm i @scope/pkg`.', {});
  assert.equal(plain.html, '<p>Write to <a href="https://example.com/@someone">@someone</a> or run <code>npm i @scope/pkg</code>.</p>');
  assert.equal(plain.references, undefined);
});

test("the Markdown edition: each citation is the page's words, in the source's order, and the References a list after the notes", async () => {
  const source = 'A note.[^1] Loans [@battles2003, 12].\n\n[^1]: As @ranganathan1931 says.\n\nLast [@wiegand2015].';
  const { references } = await render(source);
  const md = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCitations)
      .use(remarkStringify)
      .process(new VFile({ value: source, data: { references, astro: { frontmatter: { lang: 'en' } } } })),
  );
  assert.match(md, /Loans \(Battles 2003, 12\)\./);
  assert.match(md, /\[\^1\]: As Ranganathan \(1931\) says\./);
  assert.match(md, /Last \(Wiegand 2015\)\./);
  assert.match(
    md,
    /## References\n\n\* Battles, Matthew\. 2003\. \*Library: An Unquiet History\*\. New York: W\. W\. Norton\.\n\* Ranganathan/,
  );
});

test("what the editions are given: each entry's CSL-JSON without the BibTeX it came from", async () => {
  const { references } = await render('Loans [@ranganathan1957].');
  const [entry] = references!.entries;
  assert.equal(entry!.key, 'ranganathan1957');
  assert.equal(entry!.item.DOI, '10.1086/618272');
  assert.equal(JSON.stringify(entry!.item).includes(readFileSync(BIB, 'utf8').slice(0, 40)), false);
});
