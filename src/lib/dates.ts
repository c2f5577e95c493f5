/**
 * Dates in frontmatter are calendar days ("2023-11-22"), parsed as midnight UTC.
 * Every formatter here works in UTC so that no reader's time zone moves the day.
 */

/** "2023-11-22", for `<time datetime>` and machine-readable metadata. */
export function isoDay(date: Date): string {
  assertValid(date);
  return date.toISOString().slice(0, 10);
}

/** "2023/11/22": the day as Google Scholar's `citation_*` tags and RIS's `DA` write it. */
export function slashedDay(date: Date): string {
  return isoDay(date).replaceAll('-', '/');
}

/** The date in words in the article's language, e.g. "November 22, 2023" for `en`. */
export function formatDay(date: Date, lang: string): string {
  assertValid(date);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
}
