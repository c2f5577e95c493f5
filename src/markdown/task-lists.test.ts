import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeTaskLists } from './task-lists.ts';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTaskLists).use(rehypeStringify).process(markdown));

test('each checkbox is named by its task: the two go into one label', async () => {
  const html = await render('- [x] Lights checked\n- [ ] Fuel *above* a quarter\n');
  assert.match(html, /<li class="task-list-item"><label><input type="checkbox" checked disabled> Lights checked<\/label><\/li>/);
  assert.match(html, /<label><input type="checkbox" disabled> Fuel <em>above<\/em> a quarter<\/label>/);
});

test('in a loose list the label is in the item’s paragraph; a nested list stays outside it', async () => {
  const html = await render('- [x] First\n\n  More words.\n\n- [ ] Second\n  - a sub-item\n');
  assert.match(html, /<p><label><input type="checkbox" checked disabled> First<\/label><\/p>\n<p>More words.<\/p>/);
  assert.match(html, /<label><input type="checkbox" disabled> Second<\/label>(<\/p>)?\s*<ul>/);
});

test('a list without tasks is left alone', async () => {
  assert.equal(await render('- one\n- two\n'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
});
