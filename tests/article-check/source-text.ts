/**
 * What an article's source says a reader must be given: its running text, read from the MDX
 * with the unified parsers (remark-parse, GFM, MDX, maths), never with the site's own code.
 * Each paragraph, list item, quotation, table cell, caption and note is cut into pieces where
 * the page writes something other than the source: at a note's number, after a link's text
 * (print adds the address), at a formula, at a citation (set in the article's style), at a
 * callout's marker (shown as a label in the article's language). Every piece must be on the
 * page, on paper and in every edition, in order.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';

export interface SourcePiece {
  /** The words as written (typography aside: the page sets quotes and dashes). */
  text: string;
  /** The source line the piece starts on. */
  line: number;
  /**
   * A table's cells and its caption share a group, whose pieces may stand in any order after
   * what comes before the table: on paper a wrapped cell's lines stand beside its neighbours'
   * lines, and the page sets the caption above the cells that the source writes it under.
   */
  group?: number;
}

/** A cut: what stands here in the page is not the source's words. */
const CUT = '\u0000';

/** Where a text node's words begin, carried in the text until it is cut into pieces: "\u0001<line>\u0002". */
const at = (line: number | undefined) => (line ? `\u0001${line}\u0002` : '');
const LINE_MARK = /\u0001(\d+)\u0002/g;

/** Components whose words repeat the text (a pull quote): not a piece of their own. */
const REPEATS = new Set(['PullQuote']);

/** Pandoc's citations: `[@key, 12; @other]` and `@key says` (the page sets them in its style). */
const CITATION = /\[[^\]]*@[^\]]*\]|(?<=^|\s)-?@[\p{L}\d_][^\s]*[\p{L}\d_]/gu;

/** GitHub's alert marker leading a quotation's first paragraph. */
const ALERT = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;

type Block = { text: string; line: number; group?: number };

let tables = 0;

/** A block's phrasing as text, with a CUT wherever the page writes something of its own. */
function phrasing(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return at(node.position?.start.line) + node.value.replace(CITATION, CUT);
    case 'inlineCode':
      return at(node.position?.start.line) + node.value;
    case 'break':
      return ' ';
    case 'link':
    case 'linkReference':
      // The link's words, then what print adds (its address) or what an empty link reads (its number).
      return `${node.children.map(phrasing).join('')}${CUT}`;
    case 'footnoteReference':
    case 'inlineMath':
    case 'image':
    case 'imageReference':
    case 'mdxTextExpression':
      return CUT;
    case 'mdxJsxTextElement':
      if (node.name && REPEATS.has(node.name)) return CUT;
      return `${CUT}${node.children.map(phrasing).join('')}${CUT}`;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(phrasing).join('') : '';
  }
}

/** The blocks of running text under a node, in document order; notes are gathered apart. */
function blocksOf(node: Nodes | RootContent, out: Block[], notes: Map<string, Block[]>): void {
  const line = node.position?.start.line ?? 0;
  switch (node.type) {
    case 'paragraph':
      out.push({ text: phrasing(node), line });
      return;
    case 'table': {
      const group = ++tables;
      for (const row of node.children)
        for (const cell of row.children) out.push({ text: phrasing(cell), line: cell.position?.start.line ?? line, group });
      return;
    }
    case 'footnoteDefinition': {
      const inNote: Block[] = [];
      for (const child of (node as FootnoteDefinition).children) blocksOf(child, inNote, notes);
      notes.set(node.identifier, inNote);
      return;
    }
    case 'blockquote': {
      const [first, ...rest] = node.children;
      if (first?.type === 'paragraph' && first.children[0]?.type === 'text' && ALERT.test(first.children[0].value)) {
        // The marker is the callout's label in the article's language: the words after it are the writer's.
        const lead = first.children[0];
        const marker = ALERT.exec(lead.value)![0];
        const line = (lead.position?.start.line ?? 0) + (marker.match(/\n/g)?.length ?? 0);
        const words = {
          ...lead,
          value: lead.value.slice(marker.length),
          position: lead.position && { ...lead.position, start: { ...lead.position.start, line } },
        };
        out.push({ text: CUT + phrasing({ ...first, children: [words, ...first.children.slice(1)] }), line });
        for (const child of rest) blocksOf(child, out, notes);
        return;
      }
      break;
    }
    case 'mdxJsxFlowElement':
      if (node.name && REPEATS.has(node.name)) return;
      break;
    case 'heading':
    case 'code':
    case 'math':
    case 'html':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
    case 'definition':
    case 'thematicBreak':
      return;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) blocksOf(child, out, notes);
}

/** A <Caption> block: the component on lines of its own, or alone in a paragraph of one line. */
function isCaption(node: RootContent): boolean {
  if (node.type === 'mdxJsxFlowElement') return node.name === 'Caption';
  if (node.type !== 'paragraph') return false;
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length === 1 && parts[0]!.type === 'mdxJsxTextElement' && parts[0]!.name === 'Caption';
}

/** The identifiers of the notes, in the order of their first reference: the order they are numbered and listed in. */
function noteOrder(tree: Root): string[] {
  const order: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteReference' && !order.includes(node.identifier)) order.push(node.identifier);
    // A note's own references count where the note is listed, after the text's.
    if (node.type === 'footnoteDefinition') return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return order;
}

/** Parses an article's body (its frontmatter blanked, so lines keep their numbers). */
export function parseArticle(source: string): { frontmatter: Record<string, any>; tree: Root } {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkMath).parse(content) as Root;
  return { frontmatter, tree };
}

/**
 * The corrections and updates the frontmatter gives (`corrections:`, `updates:`), as blocks in
 * the order a reader is given them, oldest first (a correction before an update of its day),
 * each on the frontmatter's line that holds its words' start.
 */
function noticeBlocks(source: string, frontmatter: Record<string, any>): Block[] {
  const entries = (key: string, rank: number) =>
    (Array.isArray(frontmatter[key]) ? frontmatter[key] : []).map((entry: { date: unknown; text: unknown }) => ({
      time: new Date(entry.date as string).getTime(),
      rank,
      text: String(entry.text ?? ''),
    }));
  const lines = source.split('\n');
  return [...entries('corrections', 0), ...entries('updates', 1)]
    .sort((a, b) => a.time - b.time || a.rank - b.rank)
    .map(({ text }) => {
      const line = lines.findIndex((l) => l.includes(text.slice(0, 24))) + 1;
      const tree = unified().use(remarkParse).parse(text) as Root;
      return { text: CUT + tree.children.map(phrasing).join(' ').replace(LINE_MARK, ''), line };
    });
}

/**
 * The running text an article's source gives, as pieces in reading order: the body's, then its
 * notes' (listed after the text, in the order they are first referred to), then its corrections
 * and updates (listed after the notes, each after its kind and date in the article's language).
 */
export function sourcePieces(source: string): SourcePiece[] {
  const { tree, frontmatter } = parseArticle(source);
  const body: Block[] = [];
  const notes = new Map<string, Block[]>();
  tree.children.forEach((child, i) => {
    const before = body.length;
    blocksOf(child, body, notes);
    // A <Caption> written after a table is that table's caption: one group with its cells.
    if (isCaption(child) && tree.children[i - 1]?.type === 'table') for (const block of body.slice(before)) block.group = tables;
  });
  const listed = noteOrder(tree).flatMap((id) => notes.get(id) ?? []);
  return [...body, ...listed, ...noticeBlocks(source, frontmatter)].flatMap(({ text, line, group }) =>
    text
      .split(CUT)
      .map((piece) => ({
        text: piece.replace(LINE_MARK, '').replace(/\s+/g, ' ').trim(),
        line: Number(/\u0001(\d+)\u0002/.exec(piece)?.[1] ?? line),
        ...(group ? { group } : {}),
      }))
      .filter((piece) => /[\p{L}\p{N}]/u.test(piece.text)),
  );
}

/** The writer's own section headings (`## …`), as written. */
export function sourceHeadings(source: string, depth = 2): string[] {
  const { tree } = parseArticle(source);
  return tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth === depth
      ? [phrasing(node).replace(LINE_MARK, '').split(CUT).join('').replace(/\s+/g, ' ').trim()]
      : [],
  );
}

/** How many words the source's running text holds (whitespace-separated, with a letter or digit). */
export function sourceWords(pieces: SourcePiece[]): number {
  return pieces.reduce((n, p) => n + p.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}
