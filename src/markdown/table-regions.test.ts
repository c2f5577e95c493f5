import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeTableRegions } from './table-regions.ts';

async function render(markdown: string): Promise<string> {
  return String(
    await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableRegions).use(rehypeStringify).process(markdown),
  );
}

const table = '| Prisoner | Age | Unit |\n|:---|---:|:---:|\n| Alexei | 24 | conscript |\n';

test('column alignment becomes a class, never an align or style attribute', async () => {
  const html = await render(table);
  assert.doesNotMatch(html, /\salign=|\sstyle=/);
  assert.match(html, /<th class="align-left">Prisoner<\/th>/);
  assert.match(html, /<td class="align-right">24<\/td>/);
  assert.match(html, /<td class="align-center">conscript<\/td>/);
});

test('each table sits in a labelled, focusable region of its own', async () => {
  const html = await render(`${table}\nText.\n\n| A |\n|---|\n| b |\n`);
  assert.match(html, /<section class="table-scroll" tabindex="0" aria-label="Table 1: Prisoner Age Unit"><table>/);
  assert.match(html, /aria-label="Table 2: A"/);
  assert.doesNotMatch(await render('No table here.'), /table-scroll/);
});
