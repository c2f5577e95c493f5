/**
 * Interface strings by language: one dictionary a file (en.ts, and each language beside it),
 * English the fallback key by key. `translator` is pure (the dictionaries are given), so a test
 * can hand it a partial one; `ui(lang)` is the site's, over the dictionaries shipped here.
 */
import en, { type Dictionary } from './en.ts';
import de from './de.ts';
import fr from './fr.ts';
import es from './es.ts';
import uk from './uk.ts';
import ru from './ru.ts';
import ar from './ar.ts';
import he from './he.ts';
import { fill } from './fill.ts';
import { CLIENT_KEYS, type ClientKey } from './client-keys.ts';
import { primaryLanguage } from '../lib/language-tag.ts';

export { fill };

export type UiKey = keyof typeof en;
export type { Dictionary };

/** The languages shipped, by primary subtag ("de" serves "de-AT" too): a language is one file here, added to this list. */
export const SHIPPED: Record<string, Dictionary> = { en, de, fr, es, uk, ru, ar, he };

/** A string in the language asked for, and the language it is really in (English where it fell back). */
export interface UiText {
  text: string;
  lang: string;
}

export function translator(dictionaries: Record<string, Dictionary>, lang: string): (key: UiKey, values?: Record<string, string | number>) => UiText {
  const own = dictionaries[primaryLanguage(lang)] ?? {};
  return (key, values) => {
    const template = own[key];
    return template === undefined ? { text: fill(en[key], values), lang: 'en' } : { text: fill(template, values), lang };
  };
}

/** The site's strings for an article's language: `ui('en')('contents')` is "Contents". */
export function ui(lang: string): (key: UiKey, values?: Record<string, string | number>) => string {
  const t = translator(SHIPPED, lang);
  return (key, values) => t(key, values).text;
}

/** The strings the page's script writes (its buttons, names and announcements), for the page to carry as data (ClientStrings.astro). */
export function clientStrings(lang: string): Record<ClientKey, string> {
  const t = ui(lang);
  return Object.fromEntries(CLIENT_KEYS.map((key) => [key, t(key)])) as Record<ClientKey, string>;
}
