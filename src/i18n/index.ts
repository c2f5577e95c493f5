/**
 * Interface strings by language: one file a language (languages/), English the fallback key by
 * key. `translator` is pure (the dictionaries are given), so a test can hand it a partial one;
 * `ui(lang)` is the site's, over the languages shipped.
 */
import * as LANGUAGES from './languages/index.ts';
import type { Language } from './language.ts';
import type { Dictionary } from './languages/en.ts';
import { fill } from './fill.ts';
import { CLIENT_KEYS, type ClientKey } from './client-keys.ts';
import { primaryLanguage } from './language-tag.ts';

export { fill };

const en = LANGUAGES.en.words;

export type UiKey = keyof typeof en;
export type { Dictionary, Language };

/** The languages shipped, by primary subtag ("de" serves "de-AT" too): languages/index.ts lists them. */
export const LANGUAGES_SHIPPED: Record<string, Language> = { ...LANGUAGES };

/** Their dictionaries, by the same subtags. */
export const SHIPPED: Record<string, Dictionary> = Object.fromEntries(
  Object.entries(LANGUAGES_SHIPPED).map(([code, language]) => [code, language.words]),
);

/** A string in the language asked for, and the language it is really in (English where it fell back). */
export interface UiText {
  text: string;
  lang: string;
}

export function translator(
  dictionaries: Record<string, Dictionary>,
  lang: string,
): (key: UiKey, values?: Record<string, string | number>) => UiText {
  const own = dictionaries[primaryLanguage(lang)] ?? {};
  return (key, values) => {
    const template = own[key];
    return template === undefined ? { text: fill(en[key], values), lang: 'en' } : { text: fill(template, values), lang };
  };
}

/**
 * An article's interface strings: `t('contents')` is its words for the key; `t.lang('contents')`
 * is the `lang` for the element that holds them: "en" where they fell back to English on a page in
 * another language, undefined (so no attribute) where they are the page's own.
 */
export interface Translate {
  (key: UiKey, values?: Record<string, string | number>): string;
  lang(key: UiKey): 'en' | undefined;
  /** A key's words as written, with their `{value}`s unfilled, for a function that fills them itself. */
  template(key: UiKey): string;
}

export function translate(dictionaries: Record<string, Dictionary>, lang: string): Translate {
  const t = translator(dictionaries, lang);
  const own = primaryLanguage(lang) === 'en' ? en : (dictionaries[primaryLanguage(lang)] ?? {});
  return Object.assign((key: UiKey, values?: Record<string, string | number>) => t(key, values).text, {
    lang: (key: UiKey) => (own[key] === undefined ? ('en' as const) : undefined),
    template: (key: UiKey) => own[key] ?? en[key],
  });
}

/** The site's strings for an article's language: `ui('en')('contents')` is "Contents". */
export function ui(lang: string): Translate {
  return translate(SHIPPED, lang);
}

/** The words the page's script writes (its buttons, names and announcements), for the page to carry as data (ClientStrings.astro), and those of them in English on a page in another language. */
export function clientStrings(lang: string): { strings: Record<ClientKey, string>; english: ClientKey[] } {
  const t = ui(lang);
  return {
    strings: Object.fromEntries(CLIENT_KEYS.map((key) => [key, t(key)])) as Record<ClientKey, string>,
    english: CLIENT_KEYS.filter((key) => t.lang(key) === 'en'),
  };
}
