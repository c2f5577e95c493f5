import { brotliCompressSync, constants } from 'node:zlib';

/**
 * The performance budget, in one place for the byte tests and the benchmark.
 * 14,600 bytes is TCP's initial congestion window (RFC 6928: 10 segments of 1,460 bytes):
 * what a server can send before the first acknowledgement, so the whole first view arrives
 * in one round trip.
 */
export const BUDGET = {
  htmlBrotli: 14_600,
  firstViewBrotli: 20_000,
  scriptBrotli: 3_000,
  /** Every script of the site together, the modules loaded on first use included. */
  allScriptBrotli: 8_000,
  /** The classic script in <head> that applies the reader's settings before the first paint. */
  headScriptBytes: 300,
  fontBytes: 0,
  /**
   * Fonts the page's layout asks for (face × size × weight × style; tests/e2e/font-faces.ts): each
   * is a lookup before the first paint, 1–5 ms on Linux Chromium. The article: title, standfirst,
   * body and headings in the serif, the chrome's sans in two weights, the BibTeX's monospace.
   */
  fontFaces: 7,
  /**
   * The showcase adds the small serif (notes, asides) and its italic, the pull quote's italic, and
   * code (the BibTeX's too); and maths, the device's math font at the text's size and at a
   * subscript's (only a page with formulas asks for it). A callout's label shares the settings'
   * legend's face.
   */
  showcaseFontFaces: 12,
  lighthouseScore: 100,
  lcpMs: 800,
  /** The long-form showcase (tests/fixtures/long-form-showcase), lead image and all: LCP at most (aim 1,000). */
  showcaseLcpMs: 1200,
  cls: 0,
} as const;

/** Brotli at quality 11, as a CDN pre-compresses static files (and as our test server sends them). */
export function brotliSize(data: Buffer | string): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
