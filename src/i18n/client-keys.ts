/**
 * The interface strings the page's script writes: its buttons, their names, its announcements.
 * The page carries them, in its language, as a JSON data block (ClientStrings.astro), so the
 * script holds no words of its own and no dictionary travels to the browser.
 */
import type { Dictionary } from './languages/en.ts';

export const CLIENT_KEYS = [
  'share',
  'linkCopied',
  'copyFailed',
  'sectionLinkCopied',
  'listen',
  'listenNotLoaded',
  'pause',
  'resume',
  'stop',
  'speed',
  'listenVoiceFailed',
  'listenVoiceGone',
  'quote',
  'copyQuoteLink',
  'quoteLinkCopied',
  'shareQuote',
  'whereYouLeftOff',
  'continueWhereYouLeftOff',
  'dismiss',
] as const satisfies readonly (keyof Dictionary)[];

export type ClientKey = (typeof CLIENT_KEYS)[number];

/** The id of the data block that carries them. */
export const CLIENT_STRINGS_ID = 'ui-strings';
