import { visit } from 'unist-util-visit';
import type { Blockquote, Paragraph, Root, Strong, Text } from 'mdast';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { ui, type UiKey } from '../i18n/index.ts';
import { ELEMENTS } from '../toolkit/elements.ts';

/**
 * Callouts, in GitHub's alert syntax (`> [!NOTE]`, and the kinds elements.ts declares).
 * Hand-written: the packages for it draw an icon and write the kind in English, where the site
 * wants the label in the article's language and no icon; what is left is twenty lines.
 */
const { className, kinds } = ELEMENTS.callout;
export type CalloutKind = (typeof kinds)[number];

/** A kind's label, in src/i18n/: `calloutNote` for `note`. */
export const labelKey = (kind: CalloutKind) =>
  `callout${kind[0]!.toUpperCase()}${kind.slice(1)}` as `callout${Capitalize<CalloutKind>}` satisfies UiKey;

/** `[!NOTE]`, `[!TIP]`…, alone on the quotation's first line. */
const MARKER = new RegExp(`^\\[!(${kinds.join('|')})\\][ \\t]*(?:\\r?\\n|$)`, 'i');

/** A callout's kind, taken off its first paragraph with the marker; undefined for a plain blockquote. */
function takeMarker(quote: Blockquote): CalloutKind | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  const match = text?.type === 'text' ? MARKER.exec(text.value) : null;
  if (!match || text?.type !== 'text') return undefined;
  text.value = text.value.slice(match[0].length);
  if (!text.value) first.children.shift();
  if (first.children.length === 0) quote.children.shift();
  return match[1]!.toLowerCase() as CalloutKind;
}

/** The label's paragraph: the kind's name in the article's language, in bold, so it reads as a label in every edition. */
function label(kind: CalloutKind, lang: string, hProperties?: Record<string, string | string[] | undefined>): Paragraph {
  const words: Text = { type: 'text', value: ui(lang)(labelKey(kind)) };
  const strong: Strong = { type: 'strong', children: [words] };
  return hProperties ? { type: 'paragraph', children: [strong], data: { hProperties } } : { type: 'paragraph', children: [strong] };
}

/**
 * Each callout is led by its label, in bold, in the article's language. The page reads the data:
 * a `<div class="callout callout-note" role="note">` (parenthetic, not a quotation); Markdown's
 * writer ignores it, so the edition has `> **Note**`, which any Markdown reader shows.
 */
export function remarkCallouts() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    visit(tree, 'blockquote', (quote: Blockquote) => {
      const kind = takeMarker(quote);
      if (!kind) return;
      quote.children.unshift(label(kind, lang, { className: [`${className}-label`], lang: ui(lang).lang(labelKey(kind)) }));
      quote.data = { ...quote.data, hName: 'div', hProperties: { className: [className, `${className}-${kind}`], role: 'note' } };
    });
  };
}
