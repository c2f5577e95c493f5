/**
 * Interface strings by language: one dictionary a file (en.ts, and each language beside it),
 * English the fallback key by key. `translator` is pure (the dictionaries are given), so a test
 * can hand it a partial one; `ui(lang)` is the site's, over the dictionaries shipped here.
 */
import en from './en.ts';

export type UiKey = keyof typeof en;
export type Dictionary = Partial<Record<UiKey, string>>;

/** The languages shipped, by primary subtag ("de" serves "de-AT" too). */
const SHIPPED: Record<string, Dictionary> = { en };

/** Fills `{name}` in a template with `values`; a name with no value is an error, not a blank. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`The interface string "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}

/** A string in the language asked for, and the language it is really in (English where it fell back). */
export interface UiText {
  text: string;
  lang: string;
}

export function translator(dictionaries: Record<string, Dictionary>, lang: string): (key: UiKey, values?: Record<string, string | number>) => UiText {
  const primary = lang.toLowerCase().split(/[-_]/)[0]!;
  const own = dictionaries[primary] ?? {};
  return (key, values) => {
    const template = own[key];
    return template === undefined ? { text: fill(en[key], values), lang: 'en' } : { text: fill(template, values), lang };
  };
}

/** The site's strings for an article's language: `ui('en')('contents').text` is "Contents". */
export function ui(lang: string): (key: UiKey, values?: Record<string, string | number>) => string {
  const t = translator(SHIPPED, lang);
  return (key, values) => t(key, values).text;
}
