/**
 * The article's typography, for the page and every edition alike: remark-smartypants with the
 * quotation marks of the article's language (its file in src/i18n/languages/, passed on as
 * retext-smartypants' `openingQuotes` and `closingQuotes`), then what SmartyPants cannot do
 * itself (src/i18n/quotation.ts: apostrophes, French's spaces inside « »).
 */
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { fileLang } from './file-lang.ts';
import { finishQuotes, marksFor } from '../i18n/quotation.ts';

/**
 * remark-smartypants' options, for the page and every edition alike. `dashes: 'oldschool'`: `--`
 * is an en dash (2014–2022) and `---` an em dash, as in TeX and most writers' habits;
 * SmartyPants' default makes `--` an em dash and leaves `---` as three hyphens.
 */
export const SMARTYPANTS_OPTIONS = { dashes: 'oldschool' } as const;

/** remark-smartypants' options for a language: the shared ones (typography.ts) and its quotation marks. */
export function smartypantsOptionsFor(lang: string) {
  const { double, single } = marksFor(lang);
  return {
    ...SMARTYPANTS_OPTIONS,
    openingQuotes: { double: double[0], single: single[0] },
    closingQuotes: { double: double[1], single: single[1] },
  };
}

// remark-smartypants types itself as a plugin to attach to a processor; here its transform is called directly.
const smartypants = remarkSmartypants as unknown as (options: object) => (tree: Root) => void;

/** The typography pass: curly quotes of the article's language (its frontmatter's), dashes, apostrophes. */
export function remarkTypography() {
  return (tree: Root, file?: VFile) => {
    const lang = fileLang(file);
    smartypants(smartypantsOptionsFor(lang))(tree);
    visit(tree, 'text', (node) => {
      node.value = finishQuotes(node.value, lang);
    });
  };
}
