/** How wide a figure is set: the text column, the column and the right margin, or the page's full width. */
export type FigureWidth = 'column' | 'wide' | 'full';

/**
 * The text column's width as `sizes` can say it (a `sizes` cannot use the page's `ch` or
 * custom properties): the viewport less its gutters (base.css: --gutter), at most the measure,
 * 58ch of body text at the fluid body size (base.css: --text-body), taking a serif "0" as half
 * an em (Charter, DejaVu Serif; Georgia's is a little wider). Change with base.css.
 */
const COLUMN = 'min(100vw - 2 * clamp(1rem, 4vw, 2rem), 29 * clamp(1.0625rem, 0.98rem + 0.4vw, 1.25rem))';

/**
 * The most CSS pixels each width is ever shown at, and the `sizes` that tells the browser which
 * candidate to fetch before layout. Below 80rem all three are the column. From 80rem "wide" adds
 * the right margin (a 16rem note and a 2rem gutter: notes.css, figures.css) and "full" is the
 * page's width, capped at 120rem (figures.css).
 */
export const DISPLAY: Record<FigureWidth, { maxCss: number; sizes: string }> = {
  column: { maxCss: 580, sizes: COLUMN },
  wide: { maxCss: 868, sizes: `(min-width: 80rem) 54.25rem, ${COLUMN}` },
  full: { maxCss: 1920, sizes: `(min-width: 80rem) min(100vw, 120rem), ${COLUMN}` },
};

/** The candidate widths the image pipeline makes: phone to desktop at 1× and 2×. */
const STEPS = [360, 480, 640, 800, 1024, 1280, 1600, 2048, 2560, 3200, 3840];

/**
 * The widest file of an image of `sourceWidth` pixels set at `width`: twice the widest it is
 * shown at (a 2× screen), never wider than the source (no upscaling). The page's fallback and
 * the Markdown edition's one file are this size.
 */
export function largestWidth(width: FigureWidth, sourceWidth: number): number {
  return Math.min(sourceWidth, DISPLAY[width].maxCss * 2);
}

/**
 * The srcset widths for an image of `sourceWidth` pixels set at `width`: every step up to the
 * largest useful size, and that size itself, so no reader is sent more pixels than their screen
 * can show.
 */
export function figureWidths(width: FigureWidth, sourceWidth: number): number[] {
  const largest = largestWidth(width, sourceWidth);
  return [...new Set([...STEPS.filter((w) => w < largest), largest])];
}
