import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { rehypeFallbackIds } from './fallback-ids.ts';

async function ids(html: string): Promise<string[]> {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeSlug).use(rehypeFallbackIds);
  const tree = await processor.run(processor.parse(html));
  const found: string[] = [];
  visit(tree, 'element', (e: Element) => {
    if (/^h\d$/.test(e.tagName)) found.push(String(e.properties.id));
  });
  return found;
}

test('ordinary, non-Latin and repeated headings keep their slugs', async () => {
  assert.deepEqual(await ids('<h2>Intro</h2><h2>Что мы узнали</h2><h2>Intro</h2><h3>中文标题</h3>'), [
    'intro',
    'что-мы-узнали',
    'intro-1',
    '中文标题',
  ]);
});

test('punctuation-only headings get section-N ids, all unique and non-empty', async () => {
  assert.deepEqual(await ids('<h2>???</h2><h2>—</h2><h2>«»</h2><h2>Intro</h2>'), ['section-1', 'section-2', 'section-3', 'intro']);
});

test('a fallback id never collides with an id already in the document', async () => {
  assert.deepEqual(await ids('<h2>Section 2</h2><h2>!!!</h2>'), ['section-2', 'section-2-2']);
});
