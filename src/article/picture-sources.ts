import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { jsxAttribute } from '../markdown/mdx-tree.ts';
import { ELEMENTS } from '../toolkit/elements.ts';

/** The pictures the article's body shows, by their sources as written: Markdown images and <Figure src> (decorative ones apart). */
export function pictureSources(tree: Root): string[] {
  const sources = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'image' && !/^[a-z]+:/i.test(node.url)) sources.add(node.url);
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === ELEMENTS.figure.component &&
      jsxAttribute(node, 'decorative') === undefined
    ) {
      const src = jsxAttribute(node, 'src');
      if (src) sources.add(src);
    }
  });
  return [...sources];
}
