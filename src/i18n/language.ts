/** A quotation's marks, opening and closing, and those of a quotation inside it. */
export interface QuotationMarks {
  double: [string, string];
  single: [string, string];
}

/** A font the preview card and EPUB cover draw a right-to-left script in (TrueType from npm: fontconfig reads no WOFF). */
export interface PreviewFont {
  family: string;
  regular: string;
  bold: string;
}

/**
 * A language, in one file of languages/: its interface words (a key missing falls back to
 * English's), the quotation marks its typography sets (English's where it gives none), and, for
 * a script the preview card cannot draw with satori (Arabic's, Hebrew's), the font it is drawn in
 * by Pango (src/preview-card/render-rtl.ts). Its direction comes from its tag (src/lib/direction.ts).
 */
export interface Language {
  /** Its words, by English's keys (languages/en.ts: `Dictionary`). */
  words: Readonly<Record<string, string>>;
  quotes?: QuotationMarks;
  previewFont?: PreviewFont;
}
