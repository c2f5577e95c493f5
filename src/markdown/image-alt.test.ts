import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { remarkImageAlt } from './image-alt.ts';

const check = (markdown: string) =>
  unified()
    .use(remarkParse)
    .use(remarkImageAlt)
    .run(unified().use(remarkParse).parse(markdown), new VFile({ path: 'content/articles/a.mdx', value: markdown }));

test('an image without alt text stops the build, naming the file, the line and the image', async () => {
  await assert.rejects(
    check('Text.\n\n![](./photo.jpg)\n'),
    /^Error: content\/articles\/a\.mdx:3: the image \.\/photo\.jpg has no alt text/,
  );
  await assert.rejects(check('![  ](./blank.png)'), /the image \.\/blank\.png has no alt text/);
});

test('an image that says what it shows passes', async () => {
  await assert.doesNotReject(check('![Two soldiers on a road](./photo.jpg)'));
});
