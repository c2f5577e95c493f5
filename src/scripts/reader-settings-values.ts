/**
 * The reader's settings: text size and page colours, kept in the reader's own browser
 * (localStorage) and applied to <html> as data-size and data-theme, before the first paint, by
 * src/scripts/apply-settings.js (inlined in <head>, hashed into the CSP by astro.config.mjs).
 */
import type { UiKey } from '../i18n/index.ts';

export const SETTINGS_KEY = 'reader-settings';

/** Text sizes, as steps of the body size; "3" is the site's own. Each named by its interface string (src/i18n/). */
export const TEXT_SIZES = [
  { value: '1', label: 'sizeSmall' },
  { value: '2', label: 'sizeSmaller' },
  { value: '3', label: 'sizeDefault' },
  { value: '4', label: 'sizeLarger' },
  { value: '5', label: 'sizeLargest' },
] as const satisfies readonly { value: string; label: UiKey }[];

export const THEMES = [
  { value: 'auto', label: 'themeAuto' },
  { value: 'light', label: 'themeLight' },
  { value: 'sepia', label: 'themeSepia' },
  { value: 'dark', label: 'themeDark' },
] as const satisfies readonly { value: string; label: UiKey }[];

export interface ReaderSettings {
  theme: string;
  size: string;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'auto', size: '3' };

/** Settings read back from storage: anything unknown or broken falls back to the default. */
export function parseSettings(stored: string | null): ReaderSettings {
  let raw: Partial<ReaderSettings> = {};
  try {
    raw = JSON.parse(stored ?? '{}') ?? {};
  } catch {
    /* a broken entry is as good as none */
  }
  return {
    theme: THEMES.some((t) => t.value === raw.theme) ? raw.theme! : DEFAULT_SETTINGS.theme,
    size: TEXT_SIZES.some((s) => s.value === raw.size) ? raw.size! : DEFAULT_SETTINGS.size,
  };
}

/** What to store: only what differs from the default (the head script then has less to do). */
export function serializeSettings(settings: ReaderSettings): string {
  const out: Partial<ReaderSettings> = {};
  if (settings.theme !== DEFAULT_SETTINGS.theme) out.theme = settings.theme;
  if (settings.size !== DEFAULT_SETTINGS.size) out.size = settings.size;
  return JSON.stringify(out);
}
