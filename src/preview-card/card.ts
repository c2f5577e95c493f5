/**
 * The link-preview card's size and layout, shared by its two renderers: satori's
 * (render.ts), for text satori sets well, and Pango's (render-rtl.ts), for
 * right-to-left scripts, which satori cannot shape or order.
 */

/** Open Graph's recommended size: 1.91:1, sharp on high-density screens. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The EPUB's cover: the same card, upright, in the 2:3 of a book's cover. */
export const COVER_SIZE = { width: 1200, height: 1800 } as const;

export interface PreviewText {
  title: string;
  author: string;
  /** The date as it should read, e.g. "November 22, 2023". */
  date: string;
  siteName: string;
  /** The article's language: a right-to-left one is drawn by Pango. English when not given. */
  lang?: string;
}

/** The card's measures, in pixels: its padding, the site name's, the byline's and the title's most. */
export const CARD = {
  paddingBlock: 64,
  paddingInline: 80,
  siteSize: 26,
  siteSpacing: 4,
  bylineSize: 30,
  ruleGap: 24,
  rule: 2,
  titleMaxHeight: 420,
} as const;

/** The title steps down as it grows, so a long title still fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  return 44;
}
