import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { isoDay } from './dates.ts';
import { SMARTYPANTS_OPTIONS } from './typography.ts';

export interface MarkdownArticle {
  title: string;
  author: string;
  published: Date;
  updated?: Date | undefined;
  lang: string;
  /** The canonical URL: the header names it, and the body's relative links resolve against it. */
  url: string;
  /** The article body as written (Markdown). */
  body: string;
}

/** Links and images in the body, made absolute against the canonical URL. */
function absoluteLinks(url: string) {
  return (tree: Root) => {
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const n = node as { url: string };
      n.url = new URL(n.url, url).href;
    });
  };
}

/**
 * The article as plain Markdown, for tools and agents: a YAML header (title, author, date,
 * canonical URL, language), the title as `#`, then the body as written, with the page's
 * typography (remark-smartypants, the same options) and every link absolute. Strings in the
 * header are JSON-quoted, which YAML reads as they are.
 */
export function articleMarkdown(a: MarkdownArticle): string {
  const header = [
    '---',
    `title: ${JSON.stringify(a.title)}`,
    `author: ${JSON.stringify(a.author)}`,
    `date: ${isoDay(a.published)}`,
    ...(a.updated ? [`updated: ${isoDay(a.updated)}`] : []),
    `url: ${a.url}`,
    `lang: ${a.lang}`,
    '---',
  ].join('\n');
  const body = unified()
    .use(remarkParse)
    .use(remarkSmartypants, SMARTYPANTS_OPTIONS)
    .use(absoluteLinks, a.url)
    .use(remarkStringify, { bullet: '-', emphasis: '*', rule: '-' })
    .processSync(a.body)
    .toString();
  return `${header}\n\n# ${a.title}\n\n${body.trim()}\n`;
}
