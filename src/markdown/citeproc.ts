import { Cite } from 'rehype-citation';
import type { CslItem } from './references-ld.ts';

/**
 * The locale of the citations' own words ("and", "n.d.", month names): citeproc's English, the
 * one locale rehype-citation has without a network. An article in another language cites in
 * English terms (docs/toolkit.md).
 */
export const LOCALE = 'en-US';

/** citation-js's register of CSL styles and its citeproc engine (untyped in its package). */
interface CslPlugin {
  templates: { has(name: string): boolean; add(name: string, xml: string): void };
  engine(
    items: CslItem[],
    template: string,
    locale: string,
    format: 'html' | 'text',
  ): { updateItems(ids: string[]): void; makeBibliography(): [unknown, string[]] };
}

/** The CSL register and engine rehype-citation bundles: the References and "Cite this article" set their entries with it. */
export const cslPlugin = (): CslPlugin => (Cite.plugins as unknown as { config: { get(name: '@csl'): CslPlugin } }).config.get('@csl');

export { Cite };
