import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehypeInternalLinks, remarkHeadingText, remarkImageFiles } from './article-checks.ts';

function render(markdown: string, reserved: string[] = ['main']) {
  const file = new VFile({ path: 'content/articles/a.mdx', value: markdown });
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkHeadingText)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeInternalLinks, { reserved })
    .use(rehypeStringify)
    .process(file);
}

test('a heading with no text stops the build, naming the file and the line', async () => {
  await assert.rejects(
    render('Text.\n\n##\n\nMore.'),
    /^Error: content\/articles\/a\.mdx:3: a heading with no text; write the section's name after the ##, or remove the line$/,
  );
  await assert.doesNotReject(render('## ???\n\nPunctuation alone is a heading still.'));
});

test('a link to a place no id names stops the build, naming the file, the line and the ids there are', async () => {
  await assert.rejects(render('## The interviews\n\nSee [above](#the-interview).'), (error: Error) => {
    assert.match(
      error.message,
      /^content\/articles\/a\.mdx:3: the link to #the-interview leads nowhere: no heading or note has the id "the-interview"\. The headings' ids are: the-interviews; link to one of them, or remove the link$/,
    );
    return true;
  });
});

test('links to headings, notes and the layout’s own places pass', async () => {
  await assert.doesNotReject(
    render('## The interviews\n\nSee [above](#the-interviews), a note,[^1] and [the top](#main).\n\n[^1]: A note.'),
  );
});

test('a Markdown picture with no file beside the article stops the build, naming the line and where it looked', async () => {
  const file = new VFile({
    path: join(tmpdir(), 'articles', 'a.mdx'),
    value: 'Text.\n\n![A ward](./ward.jpg)\n\n![On the web](https://example.org/x.jpg)',
  });
  await assert.rejects(
    unified().use(remarkParse).use(remarkImageFiles).use(remarkRehype).use(rehypeStringify).process(file),
    /a\.mdx:3: the image \.\/ward\.jpg is not beside the article \(looked for .*articles\/ward\.jpg\); put the file there, or correct its name/,
  );
});
