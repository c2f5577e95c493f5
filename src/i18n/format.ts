/**
 * Numbers in words of the article's language, through Intl (never "3" + " min" in English): a
 * duration in minutes, short ("3 Min.") and long ("3 Minuten", with the language's plural:
 * "11 минут", "3 دقائق"), for a dictionary's template to choose from.
 */
export function minutesIn(lang: string, minutes: number): { short: string; long: string } {
  const format = (unitDisplay: 'short' | 'long') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
  return { short: format('short'), long: format('long') };
}
