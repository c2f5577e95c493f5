import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkCallouts } from './callouts.ts';

async function page(markdown: string, lang = 'en'): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { lang } } } });
  return String(await unified().use(remarkParse).use(remarkCallouts).use(remarkRehype).use(rehypeStringify).process(file));
}

test('a blockquote led by [!NOTE] is a callout: a note, led by its label, the marker gone', async () => {
  const html = await page('> [!NOTE]\n> The tally counts loans.');
  assert.equal(
    html,
    '<div class="callout callout-note" role="note">\n<p class="callout-label"><strong>Note</strong></p>\n<p>The tally counts loans.</p>\n</div>',
  );
});

test('each of GitHub’s five kinds, in any case, and its label in the article’s language', async () => {
  for (const [marker, label] of [
    ['TIP', 'Tipp'],
    ['important', 'Wichtig'],
    ['Warning', 'Warnung'],
    ['CAUTION', 'Vorsicht'],
  ]) {
    assert.match(
      await page(`> [!${marker}]\n> Text.`, 'de'),
      new RegExp(
        `^<div class="callout callout-${marker.toLowerCase()}" role="note">\\n<p class="callout-label"><strong>${label}</strong></p>`,
      ),
    );
  }
});

test('a label fallen back to English is marked so', async () => {
  assert.match(await page('> [!TIP]\n> Testo.', 'it'), /<p class="callout-label" lang="en"><strong>Tip<\/strong><\/p>/);
});

test('a plain blockquote, or one whose marker is not GitHub’s, stays a quotation', async () => {
  assert.equal(await page('> Quoted.'), '<blockquote>\n<p>Quoted.</p>\n</blockquote>');
  assert.equal(await page('> [!SIDEBAR]\n> Text.'), '<blockquote>\n<p>[!SIDEBAR]\nText.</p>\n</blockquote>');
});

test('in Markdown, a callout is a blockquote led by its label in bold', async () => {
  const md = String(
    await unified()
      .use(remarkParse)
      .use(remarkCallouts)
      .use(remarkStringify)
      .process(new VFile({ value: '> [!WARNING]\n> Attention au froid.', data: { astro: { frontmatter: { lang: 'fr' } } } })),
  );
  assert.equal(md, '> **Avertissement**\n>\n> Attention au froid.\n');
});
