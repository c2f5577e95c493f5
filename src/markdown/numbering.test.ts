import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { MDX_SYNTAX } from './mdx-tree.ts';
import { remarkNumbering } from './numbering.ts';
import { rehypeTableRegions } from './table-regions.ts';

const SOURCE = [
  'As [](#fig-a) and [](#tbl-b) show, and [](#eq-c) says:',
  '',
  '<Figure id="fig-a" src="./a.png" alt="A">A.</Figure>',
  '',
  '| x | y |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '<Caption id="tbl-b">Loans.</Caption>',
  '',
  '$$',
  '\\label{eq-c} a = b',
  '$$',
].join('\n');

function file(value: string, lang = 'en') {
  return new VFile({ path: 'content/articles/a.mdx', value, data: { astro: { frontmatter: { lang } } } });
}

test('labelled figures, tables and equations are numbered, and an empty link to one reads its number (page)', async () => {
  const tree = unified().use(remarkParse).use(MDX_SYNTAX).parse(file(SOURCE));
  const f = file(SOURCE);
  await unified().use(remarkNumbering).run(tree, f);
  const hast = await unified().use(remarkRehype).use(rehypeTableRegions).run(tree, f);
  const html = unified()
    .use(rehypeStringify)
    .stringify(hast as never);
  assert.match(html, /As <a href="#fig-a">Figure 1<\/a> and <a href="#tbl-b">Table 1<\/a> show, and <a href="#eq-c">Equation 1<\/a> says:/);
  assert.match(
    html,
    /<section class="table-scroll" tabindex="0" aria-label="Table 1\. Loans\." id="tbl-b"><table><caption><strong>Table 1\.<\/strong> Loans\.<\/caption>/,
  );
  assert.match(html, /<pre id="eq-c"><code class="language-math math-display">a = b \\tag\{1\}<\/code><\/pre>/);
});

test('in German, and in the Markdown edition: the links read „Abbildung 1“…, a caption is a paragraph led by its label, the TeX as written', async () => {
  const md = String(await unified().use(remarkParse).use(MDX_SYNTAX).use(remarkNumbering).use(remarkStringify).process(file(SOURCE, 'de')));
  assert.match(md, /As \[Abbildung 1\]\(#fig-a\) and \[Tabelle 1\]\(#tbl-b\) show, and \[Gleichung 1\]\(#eq-c\) says:/);
  assert.match(md, /\*\*Tabelle 1:\*\* Loans\./);
  assert.match(md, /\\label\{eq-c\} a = b/);
});

test('an empty link to no label, a label given twice, a caption with no table: each stops the build, naming the file and line', async () => {
  const run = (source: string) =>
    unified().use(remarkNumbering).run(unified().use(remarkParse).use(MDX_SYNTAX).parse(source), file(source));
  await assert.rejects(
    run('See [](#fig-none).'),
    /content\/articles\/a\.mdx:1: the link \[\]\(#fig-none\) has no text, and "fig-none" is no figure's, table's or equation's label/,
  );
  await assert.rejects(
    run('<Figure id="x" src="./a.png" alt="A" />\n\n<Figure id="x" src="./b.png" alt="B" />'),
    /a\.mdx:3: the label "x" is given twice/,
  );
  await assert.rejects(run('Text.\n\n<Caption id="t">Alone.</Caption>'), /a\.mdx:3: a <Caption> must follow its table/);
});
