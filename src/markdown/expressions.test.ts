import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkExpressions } from './expressions.ts';

async function check(mdx: string): Promise<void> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkExpressions);
  const file = new VFile({ value: mdx, path: 'content/articles/a.mdx' });
  await processor.run(processor.parse(file), file);
}

test('braces around a word in prose stop the build, naming the line and how to write braces', async () => {
  await assert.rejects(check('One line.\n\nIt took {roughly} a week.\n'), (error: Error & { line?: number }) => {
    assert.equal(
      error.message,
      'content/articles/a.mdx:3: {roughly} is read by MDX as JavaScript, and the article has nothing called "roughly"; to write the braces themselves, put a backslash before the first: \\{roughly}',
    );
    assert.equal(error.line, 3);
    return true;
  });
  await assert.rejects(check('{a.b + c}\n'), /nothing called "a"/);
});

test('comments, escaped braces, numbers and the names every article has are left alone', async () => {
  for (const fine of [
    '{/* a note to self */}\n',
    'Write \\{roughly} as it is.\n',
    'Two and two: {2 + 2}.\n',
    '{frontmatter.title}\n',
    '{[1, 2].map((n) => n * Math.PI)}\n',
  ]) {
    await assert.doesNotReject(check(fine), fine);
  }
});
