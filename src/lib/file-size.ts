/** A file's size as a reader reads it, in whole kilobytes (1,000 bytes), rounded up: "52 kB". */
export function fileSize(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.ceil(bytes / 1000)),
  );
}
