import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { rehypeFallbackIds } from './fallback-ids.ts';

async function ids(html: string, reserved?: string[]): Promise<string[]> {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeSlug).use(rehypeFallbackIds, { reserved });
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

test("a heading never takes an id of the layout's, or of another element of the body", async () => {
  assert.deepEqual(await ids('<h2>Main</h2><h2>Article title</h2><h2>Intro</h2>', ['main', 'article-title']), [
    'main-1',
    'article-title-1',
    'intro',
  ]);
  // A GFM note's id, and the notes heading's own, which keeps its id (its section points at it).
  assert.deepEqual(
    await ids(
      '<h2>Fn 1</h2><h2>Footnote label</h2><section data-footnotes><h2 id="footnote-label">Notes</h2><ol><li id="fn-1">A note.</li></ol></section>',
    ),
    ['fn-1-1', 'footnote-label-1', 'footnote-label'],
  );
  // Repeats are numbered in reading order, after the taken id.
  assert.deepEqual(await ids('<h2>Main</h2><h2>Main</h2><h2>Main 1</h2>', ['main']), ['main-1', 'main-2', 'main-1-1']);
});

test("a heading's own id stays, and no slug takes it; one another element has is numbered", async () => {
  assert.deepEqual(await ids('<h2>Intro</h2><h2 id="intro">Opening</h2><h2 id="main">Start</h2>', ['main']), [
    'intro-1',
    'intro',
    'main-1',
  ]);
});
