/**
 * Finds the English interface on a page in another language: every text and accessible name a
 * reader meets (text nodes, aria-label, alt, title) that reads as one of the English interface's
 * strings (src/i18n/en.ts, a `{value}` standing for any words), and is not inside an element
 * marked lang="en". On a page in a shipped language there should be none at all; on a page in a
 * language with no dictionary, every one should be so marked (a screen reader then voices it in
 * English). Works on whatever the page holds when asked: run it after the script has added its
 * controls.
 */
import type { Page } from '@playwright/test';
import { en as english } from '../../src/i18n/languages/index.ts';

const en = english.words;

/** The English strings as whole-text patterns ("Note {n}" → /^Note .+$/). */
export const ENGLISH_PATTERNS: string[] = Object.values(en)
  .filter((s) => /\p{L}/u.test(s.replace(/\{\w+\}/g, ''))) // "{label}." is punctuation, no English word
  .map((s) => `^${s.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '.+')}$`);

export interface EnglishFound {
  /** Read as English interface words, not marked so: each with where it was met. */
  unmarked: string[];
  /** Read as English interface words, and marked lang="en". */
  marked: string[];
}

/** `sameInLanguage`: interface words the page's language writes as English does ("Sepia" in German), not counted. */
export async function englishInterface(page: Page, sameInLanguage: readonly string[] = []): Promise<EnglishFound> {
  return page.evaluate(
    ([patterns, same]) => {
      const res = patterns.map((p) => new RegExp(p, 'su'));
      const isEnglish = (text: string) => {
        const words = text.replace(/\s+/g, ' ').trim();
        return !same.includes(words) && res.some((r) => r.test(words));
      };
      const markedEn = (el: Element | null) => /^en\b/i.test(el?.closest('[lang]')?.getAttribute('lang') ?? '');
      const found = { unmarked: [] as string[], marked: [] as string[] };
      const note = (text: string, el: Element | null, where: string) => {
        if (!isEnglish(text)) return;
        (markedEn(el) ? found.marked : found.unmarked).push(`${where}: ${text.trim()}`);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template')) continue;
        note(node.textContent ?? '', parent, `<${parent.tagName.toLowerCase()}>`);
      }
      for (const el of document.querySelectorAll('[aria-label], [alt], [title]')) {
        for (const name of ['aria-label', 'alt', 'title']) {
          const value = el.getAttribute(name);
          if (value) note(value, el, `${name} of <${el.tagName.toLowerCase()}>`);
        }
      }
      return found;
    },
    [ENGLISH_PATTERNS, sameInLanguage] as const,
  );
}
