import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSlug from 'rehype-slug';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { anchorLabel, rehypeSectionAnchors } from './section-anchors.ts';

/** The fragment as the pipeline leaves it: a tree, asked what a reader (and a screen reader) meets. */
async function render(html: string): Promise<Root> {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeSlug).use(rehypeSectionAnchors);
  return processor.run(processor.parse(html)) as Promise<Root>;
}

/** The element right after `node` among its parent's children. */
function nextElement(tree: Root, node: Element): Element | undefined {
  for (const parent of selectAll('*', tree)) {
    const i = parent.children.indexOf(node);
    if (i !== -1) return parent.children.slice(i + 1).find((c): c is Element => c.type === 'element');
  }
  return undefined;
}

test('anchorLabel names the section, with white space folded', () => {
  assert.equal(anchorLabel('  The\n interviews '), 'Link to section: The interviews');
});

test('each h2 and h3 is followed by a link to itself, named for the section; the heading keeps its own name', async () => {
  const tree = await render('<h2>The interviews</h2><p>Text.</p><h3>Two <em>men</em></h3>');
  for (const [tag, text, id] of [
    ['h2', 'The interviews', 'the-interviews'],
    ['h3', 'Two men', 'two-men'],
  ] as const) {
    const heading = select(tag, tree)!;
    assert.equal(heading.properties.id, id);
    assert.equal(toString(heading), text, 'the heading’s accessible name is its text alone');
    assert.equal(select('a', heading), undefined, 'no link inside the heading');
    const link = nextElement(tree, heading)!;
    assert.equal(link.tagName, 'a');
    assert.equal(link.properties.href, `#${id}`);
    assert.equal(link.properties.ariaLabel, `Link to section: ${text}`);
    assert.equal(toString(link), '', 'the visible mark is drawn by CSS, not read');
  }
  assert.equal(toString(select('p', tree)!), 'Text.');
});

test('other headings and paragraphs are left alone', async () => {
  const tree = await render('<h1>Title</h1><h4>Aside</h4><p>Body.</p>');
  assert.equal(selectAll('a', tree).length, 0);
  assert.deepEqual(
    selectAll('h1, h4, p', tree).map((e) => toString(e)),
    ['Title', 'Aside', 'Body.'],
  );
});
