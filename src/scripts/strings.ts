/** The page's words for the script to write, read once from the page's data block (ClientStrings.astro). */
import { CLIENT_STRINGS_ID, type ClientKey } from '../i18n/client-keys.ts';
import { fill } from '../i18n/fill.ts';

let strings: Record<string, string> | undefined;

export function say(key: ClientKey, values?: Record<string, string | number>): string {
  strings ??= JSON.parse(document.getElementById(CLIENT_STRINGS_ID)?.textContent || '{}') as Record<string, string>;
  return fill(strings[key] ?? key, values);
}
