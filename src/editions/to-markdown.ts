import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { visit, SKIP } from 'unist-util-visit';
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { isoDay } from '../lib/dates.ts';
import { jsxAttribute, MDX_SYNTAX } from '../markdown/mdx-tree.ts';
import { elementOf } from '../toolkit/elements.ts';
import { textDirection } from '../lib/direction.ts';

export interface MarkdownArticle {
  title: string;
  author: string;
  published: Date;
  /** The last change: the latest of `updated`, the corrections and the updates. */
  updated?: Date | undefined;
  lang: string;
  /** The canonical URL: the header names it, and the body's relative links resolve against it. */
  url: string;
  /** Whose the words are, as one line ("© 2023 Christian Baghai"), and the licence's URL where there is one. */
  rights?: string | undefined;
  license?: string | undefined;
  /**
   * The article's tree (src/article/tree.ts): its body as written, through the page's content
   * preset (typography, callouts, numbering, and its citations in the words the page set).
   */
  tree: Root;
  /**
   * Absolute addresses of the body's pictures, by their source as written ("./photo.jpg"): the
   * site's own optimised files (src/pages/[slug].md.ts). A picture not listed is left out.
   */
  images?: Record<string, string>;
  /** The lead image, shown under the title as on the page: the site's file (absolute), its alt text and credit. */
  lead?: { url: string; alt: string; credit?: string | undefined } | undefined;
  /** The corrections and updates, a section after the text as the page has it (src/article/notices.ts). */
  notices?: RootContent[] | undefined;
}

const attribute = jsxAttribute;

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const asBlocks = (children: Nodes[]): BlockContent[] =>
  children.map((c) =>
    c.type === 'text' || c.type === 'emphasis' || c.type === 'strong' || c.type === 'link' || c.type === 'inlineCode' ? paragraph([c]) : c,
  ) as BlockContent[];

/**
 * The writer's toolkit as plain Markdown, each component by its declared treatment (`markdown`
 * in src/toolkit/elements.ts); pictures point at the site's files; MDX code goes; any other
 * component leaves its content. Notes, tables and code are Markdown already.
 */
function toolkitToMarkdown(images: Record<string, string>) {
  const image = (src: string, alt: string): PhrasingContent[] => (images[src] ? [{ type: 'image', url: images[src]!, alt }] : []);
  return (tree: Root) => {
    // A component alone on its line with its text (`<Aside>Loans.</Aside>`) parses as a
    // paragraph holding an inline element: treat it as the block it is.
    visit(tree, 'paragraph', (node, index, parent) => {
      const [only] = node.children;
      if (!parent || index === undefined || node.children.length !== 1 || only?.type !== 'mdxJsxTextElement') return;
      parent.children.splice(index, 1, { ...only, type: 'mdxJsxFlowElement', children: [paragraph(only.children)] } as MdxJsxFlowElement);
    });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      let replacement: RootContent[] | undefined;
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') replacement = [];
      else if (node.type === 'image') replacement = image(node.url, node.alt ?? '');
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const children = node.children as RootContent[];
        const flow = node.type === 'mdxJsxFlowElement';
        switch (elementOf(node.name)?.markdown) {
          case 'omit':
            replacement = [];
            break;
          case 'figure': {
            if (attribute(node, 'decorative') !== undefined) {
              replacement = [];
              break;
            }
            const picture = image(attribute(node, 'src') ?? '', attribute(node, 'alt') ?? '');
            const credit = attribute(node, 'credit');
            // A numbered figure's caption begins with its number in bold (numbering.ts gave it).
            const number = attribute(node, 'label');
            const caption = asBlocks(children as Nodes[]);
            const lead: PhrasingContent[] = number
              ? [
                  { type: 'strong', children: [{ type: 'text', value: number }] },
                  { type: 'text', value: ' ' },
                ]
              : [];
            if (number && caption[0]?.type === 'paragraph') caption[0] = { ...caption[0], children: [...lead, ...caption[0].children] };
            else if (number) caption.unshift(paragraph(lead.slice(0, 1)));
            replacement = [
              ...(picture.length ? [paragraph(picture)] : []),
              ...caption,
              ...(credit ? [paragraph([{ type: 'emphasis', children: [{ type: 'text', value: credit }] }])] : []),
            ];
            break;
          }
          case 'quote': {
            const by = attribute(node, 'by');
            const source = attribute(node, 'source');
            const attribution: PhrasingContent[] = [
              { type: 'text', value: `— ${by ?? ''}${by && source ? ', ' : ''}` },
              ...(source ? [{ type: 'emphasis' as const, children: [{ type: 'text' as const, value: source }] }] : []),
            ];
            replacement = [
              { type: 'blockquote', children: [...asBlocks(children as Nodes[]), ...(by || source ? [paragraph(attribution)] : [])] },
            ];
            break;
          }
          case 'blockquote':
            if (!flow) {
              parent.children.splice(index, 1, ...(children as typeof parent.children));
              return index;
            }
            replacement = [{ type: 'blockquote', children: asBlocks(children as Nodes[]) }];
            break;
          default:
            // Unknown: its content stays, and is looked at in turn.
            parent.children.splice(index, 1, ...(children as typeof parent.children));
            return index;
        }
      }
      if (!replacement) return;
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
    // Paragraphs left empty (a picture the site does not hold) go.
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined || node.children.length) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The lead image first, as the page shows it under the title; its credit as written (the page sets it without typography). */
function leadFirst(lead: MarkdownArticle['lead']) {
  return (tree: Root) => {
    if (!lead) return;
    const credit: RootContent[] = lead.credit ? [paragraph([{ type: 'emphasis', children: [{ type: 'text', value: lead.credit }] }])] : [];
    tree.children.unshift(paragraph([{ type: 'image', url: lead.url, alt: lead.alt }]), ...credit);
  };
}

/** The corrections and updates after the text, as the page ends it. */
function noticesLast(notices: RootContent[]) {
  return (tree: Root) => {
    tree.children.push(...structuredClone(notices));
  };
}

/** Links in the body, made absolute against the canonical URL. */
function absoluteLinks(url: string) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const n = node as { url: string };
      n.url = new URL(n.url, url).href;
    });
  };
}

/**
 * The article as plain Markdown, for tools and agents: a YAML header (its strings JSON-quoted,
 * which YAML reads as they are; `dir: rtl` right to left, as Pandoc reads it), the title, the lead
 * image, then the article's tree with its components as Markdown and every link absolute.
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
    // Right to left, said as Pandoc reads it (its HTML template writes `dir` from this); left to right is Markdown's default.
    ...(textDirection(a.lang) === 'rtl' ? ['dir: rtl'] : []),
    ...(a.rights ? [`rights: ${JSON.stringify(a.rights)}`] : []),
    ...(a.license ? [`license: ${a.license}`] : []),
    '---',
  ].join('\n');
  // Written with the syntax it was read with (MDX_SYNTAX: GFM's tables and notes, maths).
  const processor = unified()
    .use(MDX_SYNTAX)
    .use(toolkitToMarkdown, a.images ?? {})
    .use(leadFirst, a.lead)
    .use(noticesLast, a.notices ?? [])
    .use(absoluteLinks, a.url)
    .use(remarkStringify, { bullet: '-', emphasis: '*', rule: '-' });
  const body = processor.stringify(processor.runSync(structuredClone(a.tree)) as Root);
  return `${header}\n\n# ${a.title}\n\n${body.trim()}\n`;
}
