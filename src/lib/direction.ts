/**
 * The direction a language is written in, for `dir` on the page: from the locale's own text
 * info (`Intl.Locale#getTextInfo()`, Node 24 and the browsers that have it; `textInfo` in older
 * V8), else from the list of right-to-left scripts' languages Starlight uses. A tag the platform
 * cannot parse reads left to right.
 */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

type WithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

export function textDirection(lang: string): 'ltr' | 'rtl' {
  let locale: WithTextInfo;
  try {
    locale = new Intl.Locale(lang) as WithTextInfo;
  } catch {
    return 'ltr';
  }
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL.has(locale.language) ? 'rtl' : 'ltr';
}
