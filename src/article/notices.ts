import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { remarkTypography } from '../markdown/typography.ts';
import { fill, ui } from '../i18n/index.ts';
import { formatDay } from '../lib/dates.ts';
import { LAYOUT_IDS } from '../site.ts';

/** A correction or an update, as the frontmatter gives it: its day and its words (inline Markdown). */
export interface Notice {
  kind: 'correction' | 'update';
  date: Date;
  text: string;
}

interface Noticed {
  updated?: Date | undefined;
  corrections?: readonly { date: Date; text: string }[] | undefined;
  updates?: readonly { date: Date; text: string }[] | undefined;
}

/**
 * The article's corrections and updates, oldest first (a correction before an update of its
 * day): the record of what changed since publication, which the page, print and every edition
 * show at the end, as the publications readers trust print their corrections.
 */
export function noticesOf(data: Noticed): Notice[] {
  const all: Notice[] = [
    ...(data.corrections ?? []).map((n) => ({ kind: 'correction' as const, ...n })),
    ...(data.updates ?? []).map((n) => ({ kind: 'update' as const, ...n })),
  ];
  return all.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.kind === b.kind ? 0 : a.kind === 'correction' ? -1 : 1));
}

/** The article's last change: the latest of `updated`, its corrections and its updates; none when it has none. */
export function lastChange(data: Noticed): Date | undefined {
  const days = [data.updated, ...noticesOf(data).map((n) => n.date)].filter((d): d is Date => d !== undefined);
  return days.length ? new Date(Math.max(...days.map((d) => d.getTime()))) : undefined;
}

/** A notice's words as phrasing, with the article's typography (the page's quotation marks and dashes). */
export function noticePhrasing(text: string, lang: string): PhrasingContent[] {
  const file = new VFile({ value: text, data: { astro: { frontmatter: { lang } } } });
  const processor = unified().use(remarkParse).use(remarkTypography);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  // Inline Markdown: the words of its paragraphs, run together.
  return tree.children.flatMap((block) => (block.type === 'paragraph' ? block.children : []));
}

/** A notice's words as HTML, for the page and the HTML editions. */
export function noticeHtml(text: string, lang: string): string {
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: noticePhrasing(text, lang) }] };
  const processor = unified().use(remarkRehype).use(rehypeStringify);
  return String(processor.stringify(processor.runSync(root))).replace(/^<p>|<\/p>$/g, '');
}

/** A notice's words as plain text, for the JSON-LD. */
export function noticeText(text: string, lang: string): string {
  return noticePhrasing(text, lang)
    .map((node) => toString(node))
    .join('');
}

/**
 * A notice's lead ("Correction, March 12, 2024:") as the language's template gives it: its
 * words, and where the date goes (`date: true`), for the page to set it as a `<time>`.
 */
export function noticeLead(kind: Notice['kind'], lang: string): { text: string; date: boolean }[] {
  const t = ui(lang);
  return t
    .template('noticeLead')
    .split(/(\{date\})/)
    .filter(Boolean)
    .map((piece) => (piece === '{date}' ? { text: '', date: true } : { text: fill(piece, { kind: t(kind) }), date: false }));
}

/** The notices as Markdown: a section of the article's own, its heading and a numbered list, each lead in bold. */
export function noticesMarkdown(notices: readonly Notice[], lang: string): RootContent[] {
  if (!notices.length) return [];
  const lead = (notice: Notice) =>
    noticeLead(notice.kind, lang)
      .map((piece) => (piece.date ? formatDay(notice.date, lang) : piece.text))
      .join('');
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: ui(lang)('notices') }] },
    {
      type: 'list',
      ordered: true,
      spread: false,
      children: notices.map((notice) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'strong', children: [{ type: 'text', value: lead(notice) }] },
              { type: 'text', value: ' ' },
              ...noticePhrasing(notice.text, lang),
            ],
          },
        ],
      })),
    },
  ];
}

/** The section's heading, for the contents of the page and the book: none without notices. */
export function noticesHeading(notices: readonly Notice[], lang: string): { depth: number; slug: string; text: string }[] {
  return notices.length ? [{ depth: 2, slug: LAYOUT_IDS.notices, text: ui(lang)('notices') }] : [];
}
