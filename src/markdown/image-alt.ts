import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articleError } from './article-error.ts';

/**
 * Every Markdown image says what it shows: `![](./photo.jpg)` stops the build, naming the file,
 * the line and the image. (A decorative image is a <Figure decorative>, where it has to be said.)
 */
export function remarkImageAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      if (node.alt?.trim()) return;
      throw articleError(
        file,
        node,
        `the image ${node.url} has no alt text; write ![what it shows](${node.url}), or use <Figure src="${node.url}" decorative /> for a decorative image`,
      );
    });
  };
}
