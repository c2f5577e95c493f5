/**
 * The page's words for its script, read once from its data block (ClientStrings.astro): `say(key)`
 * the words, `words(key)` with the `lang` to mark where they fell back to English.
 */
import { CLIENT_STRINGS_ID, type ClientKey } from '../i18n/client-keys.ts';
import { fill } from '../i18n/fill.ts';

let strings: Record<string, string> | undefined;
let english: string[] | undefined;

const block = () => document.getElementById(CLIENT_STRINGS_ID);

export function say(key: ClientKey, values?: Record<string, string | number>): string {
  strings ??= JSON.parse(block()?.textContent || '{}') as Record<string, string>;
  return fill(strings[key] ?? key, values);
}

/** Words, and the language to mark the element that holds them with (none: as its container). */
export interface Words {
  text: string;
  lang?: string | undefined;
}

export function words(key: ClientKey): Words {
  english ??= (block()?.dataset.english ?? '').split(' ').filter(Boolean);
  if (english.length === 0) return { text: say(key) };
  return { text: say(key), lang: english.includes(key) ? 'en' : document.documentElement.lang };
}

/** Writes words as an element's text, or as its accessible name, marking its language where they say one. */
export function put(el: HTMLElement, { text, lang }: Words, as: 'text' | 'name' = 'text'): void {
  if (as === 'text') el.textContent = text;
  else el.setAttribute('aria-label', text);
  if (lang) el.lang = lang;
}
