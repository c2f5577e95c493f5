import { visit } from 'unist-util-visit';
import { toString as mdastText } from 'mdast-util-to-string';
import type { Root as Mdast } from 'mdast';
import type { Element, Root as Hast } from 'hast';
import type { VFile } from 'vfile';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { articleError } from './article-error.ts';

/**
 * A heading says what its section is: `##` with nothing after it stops the build, naming the
 * file and the line. (A heading of punctuation alone is allowed, and gets a `section-N` id.)
 */
export function remarkHeadingText() {
  return (tree: Mdast, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (mdastText(node).trim()) return;
      throw articleError(
        file,
        node,
        `a heading with no text; write the section's name after the ${'#'.repeat(node.depth)}, or remove the line`,
      );
    });
  };
}

/**
 * A Markdown picture's file is beside the article: `![…](./ward.jpg)` with no such file stops the
 * build, naming the file, the line and where it looked (the bundler's own error would name a line
 * of the compiled module, not the article's). Addresses on the web are left alone.
 */
export function remarkImageFiles() {
  return (tree: Mdast, file: VFile) => {
    if (!file.path) return;
    visit(tree, 'image', (node) => {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url)) return;
      const path = resolve(dirname(file.path), decodeURI(node.url));
      if (existsSync(path)) return;
      throw articleError(
        file,
        node,
        `the image ${node.url} is not beside the article (looked for ${relative(process.cwd(), path)}); put the file there, or correct its name`,
      );
    });
  };
}

/**
 * Every link to a place in the article (`[see above](#the-interviews)`) leads somewhere: after the
 * heading ids are final, a link to an id no element carries stops the build, naming the file, the
 * line and the ids there are. `reserved`: the ids the layout gives its own elements, which a link
 * may name too (`#main`).
 */
export function rehypeInternalLinks(options: { reserved?: readonly string[] } = {}) {
  return (tree: Hast, file: VFile) => {
    const ids = new Set<string>(options.reserved);
    visit(tree, (node) => {
      if (node.type === 'element' && typeof (node as Element).properties.id === 'string')
        ids.add((node as Element).properties.id as string);
      // A component's id (`<Figure id="fig-map">`), which it renders on its element.
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const id = (node as unknown as { attributes: { name?: string; value?: unknown }[] }).attributes.find((a) => a.name === 'id')?.value;
        if (typeof id === 'string') ids.add(id);
      }
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href === '#') return;
      const id = decodeURIComponent(href.slice(1));
      if (ids.has(id)) return;
      const headings = [...ids].filter(
        (known) => !options.reserved?.includes(known) && !/^(fn|fnref)-/.test(known) && known !== 'footnote-label',
      );
      throw articleError(
        file,
        node,
        `the link to ${href} leads nowhere: no heading or note has the id "${id}". The headings' ids are: ${headings.join(', ') || '(none)'}; link to one of them, or remove the link`,
      );
    });
  };
}
