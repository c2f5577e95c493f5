import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeSlug from 'rehype-slug';
import { anchorLabel, rehypeSectionAnchors } from './section-anchors.ts';

async function render(html: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeSlug)
    .use(rehypeSectionAnchors)
    .use(rehypeStringify)
    .process(html);
  return String(file);
}

test('anchorLabel names the section, with white space folded', () => {
  assert.equal(anchorLabel('  The\n interviews '), 'Link to section: The interviews');
});

test('h2 and h3 get a self-link after the heading, named for the section', async () => {
  const html = await render('<h2>The interviews</h2><p>Text.</p><h3>Two <em>men</em></h3>');
  assert.equal(
    html,
    '<header class="heading heading-h2"><h2 id="the-interviews">The interviews</h2>' +
      '<a class="anchor" aria-label="Link to section: The interviews" href="#the-interviews"><span class="anchor-mark" aria-hidden="true"></span></a></header>' +
      '<p>Text.</p>' +
      '<header class="heading heading-h3"><h3 id="two-men">Two <em>men</em></h3>' +
      '<a class="anchor" aria-label="Link to section: Two men" href="#two-men"><span class="anchor-mark" aria-hidden="true"></span></a></header>',
  );
});

test('other headings and paragraphs are left alone', async () => {
  assert.equal(await render('<h1>Title</h1><h4>Aside</h4><p>Body.</p>'), '<h1 id="title">Title</h1><h4 id="aside">Aside</h4><p>Body.</p>');
});
