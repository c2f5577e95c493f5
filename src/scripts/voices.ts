import { primaryLanguage } from '../i18n/language-tag.ts';

/** The bits of a speech-synthesis voice that choosing one needs. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * A voice for reading the article aloud: one that runs on the device (`localService`, so no text
 * leaves it) and speaks the article's language ("en" matches "en-US" and "en_GB"); the device's
 * default among them first. Undefined when there is none: then there is no Listen control.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const wanted = primaryLanguage(lang);
  const fitting = voices.filter((v) => v.localService && primaryLanguage(v.lang) === wanted);
  const exact = fitting.filter((v) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
  const first = (list: V[]) => list.find((v) => v.default) ?? list[0];
  return first(exact) ?? first(fitting);
}

/** The speeds offered, as rates of the voice's own. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
