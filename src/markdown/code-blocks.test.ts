import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeShiki } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import { codeLabel, declarationClass, rehypeCodeBlocks } from './code-blocks.ts';

/** A fenced block through Astro's own Shiki step (as astro.config.mjs sets it up), then ours. */
async function highlighted(code: string, lang: string): Promise<string> {
  const markdown = `\`\`\`${lang}\n${code}\`\`\`\n`;
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeShiki, { theme: 'css-variables' })
    .use(rehypeCodeBlocks)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

test('Shiki’s colours become classes: no style attribute is left for the CSP to block', async () => {
  const html = await highlighted('const answer = "forty-two"; // a comment\n', 'js');
  assert.doesNotMatch(html, /\sstyle=/);
  assert.match(html, /class="tok-keyword">const</);
  assert.match(html, /class="tok-string(-expression)?">/);
  assert.match(html, /class="tok-comment[^"]*">/);
});

test('the block is a named, focusable region inside a .code-block wrapper', async () => {
  const html = await highlighted('ls -la\n', 'sh');
  assert.match(
    html,
    /^<div class="code-block"><section class="code-scroll" tabindex="0" aria-label="Code sample 1: Shell" data-copy-label="Copy code sample 1" data-copied="Code sample 1 copied"><pre data-language="sh" class="astro-code code" dir="ltr">/,
  );
  assert.equal(html.match(/tabindex=/gi)?.length, 1, 'one tab stop: the region, not the <pre> too');
  assert.match(html, /<\/pre><\/section><div class="copy-slot"><\/div><\/div>$/);
});

test('labels name the language readers know, or none for plain text', () => {
  assert.equal(codeLabel(2, 'ts'), 'Code sample 2: TypeScript');
  assert.equal(codeLabel(1, 'plaintext'), 'Code sample 1');
  assert.equal(codeLabel(3), 'Code sample 3');
  assert.equal(codeLabel(4, 'zig'), 'Code sample 4: zig');
});

test('every declaration maps to a class, and an unknown one has none (so the build stops)', () => {
  assert.equal(declarationClass('color:var(--astro-code-token-function)'), 'tok-function');
  assert.equal(declarationClass('color: var(--astro-code-foreground)'), 'tok-foreground');
  assert.equal(declarationClass('font-style:italic'), 'tok-italic');
  assert.equal(declarationClass('color:#ff0000'), undefined);
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: { className: ['astro-code'] },
        children: [{ type: 'element', tagName: 'span', properties: { style: 'color:#f00' }, children: [] }],
      },
    ],
  };
  assert.throws(
    () => rehypeCodeBlocks()(tree, { path: 'content/articles/a.mdx' } as never),
    /content\/articles\/a\.mdx: code block 1 has a style with no class \(color:#f00\)/,
  );
});
