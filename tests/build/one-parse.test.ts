/**
 * One article tree a build (#36): besides Astro's own parse of the page, the article's body is
 * parsed once, and the read time, the pictures and the Markdown edition read that one tree
 * (src/article/tree.ts), where each had parsed it again. Counted on a real build, by the tree's
 * trace (DEBUG_ARTICLE_TREE), for the showcase: every toolkit element, a lead image, references.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TempProject } from './temp-project.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';

test('a build parses the article’s body once for all it reads besides the page', async () => {
  const project = new TempProject();
  try {
    await addShowcase(project);
    const build = await project.buildAsync({ DEBUG_ARTICLE_TREE: '1' });
    assert.ok(build.ok, build.output);
    // Pages that read the tree: the article (read time), the EPUB, the feed, the Markdown edition, llms.txt, og.png.
    assert.match(build.output, /\.md \(\+\d+ms\)/, 'the Markdown edition was built');
    assert.equal(build.output.match(/\[article\] the body is parsed/g)?.length, 1, build.output);
  } finally {
    project.remove();
  }
});
