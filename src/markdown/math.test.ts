import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { mathDeclarationClass, rehypeMath } from './math.ts';

async function page(markdown: string, lang = 'en'): Promise<string> {
  const file = new VFile({ path: 'content/articles/a.mdx', value: markdown, data: { astro: { frontmatter: { lang } } } });
  return String(await unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeMath).use(rehypeStringify).process(file));
}

test('an inline formula is MathML, its TeX kept as the annotation and as alttext, with no style attribute', async () => {
  const html = await page('Energy: $E = mc^2$.');
  assert.match(html, /^<p>Energy: <math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" alttext="E = mc\^2"><semantics>/);
  assert.match(html, /<annotation encoding="application\/x-tex">E = mc\^2<\/annotation><\/semantics><\/math>\.<\/p>$/);
  assert.match(html, /<mi>E<\/mi><mo>=<\/mo>/);
  assert.doesNotMatch(html, /style=/);
});

test('a display formula is a block of MathML in a named region that scrolls on its own', async () => {
  const html = await page('$$\n\\sum_{i=1}^{n} x_i^2\n$$', 'de');
  assert.match(html, /^<section class="math-scroll" tabindex="0" aria-label="Formel 1"><math [^>]*display="block"/);
  assert.doesNotMatch(html, /style=|<pre|<code/);
});

test('Temml’s styles become classes (a matrix’s column spacing), and a style with no class stops the build, naming the file and the formula', async () => {
  const matrix = await page('$$\n\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}\n$$');
  assert.match(matrix, /class="tml-left-0 tml-right-col"|class="tml-right-col"/);
  assert.doesNotMatch(matrix, /style=/);
  await assert.rejects(
    page('$\\color{red}x$'),
    /content\/articles\/a\.mdx: the formula "\\color\{red\}x" needs a style with no class \(color:#ff0000\)/,
  );
  assert.equal(mathDeclarationClass('display: block math'), null);
});

test('TeX that Temml cannot read stops the build, naming the file and the formula', async () => {
  await assert.rejects(page('$\\frac{1$'), /content\/articles\/a\.mdx: the formula "\\frac\{1" is not TeX that Temml reads/);
});
