/**
 * The page's colours for the places CSS does not reach: the browser's bar (theme-color, in
 * Head.astro) and the link-preview card (src/preview-card/render.ts). The page itself takes them from
 * base.css (--paper, --ink, --ink-muted, --rule, in light-dark()); tests/e2e/palette.spec.ts
 * holds the two equal, so a colour changed in one place and not the other fails a test.
 */
export const PALETTE = {
  light: { paper: '#fbfaf7', ink: '#1b1b1b', inkMuted: '#4a4a4a', rule: '#d9d6cf' },
  dark: { paper: '#151515', ink: '#e6e3dc', inkMuted: '#b5b1a8', rule: '#3a3835' },
} as const;

export type Scheme = keyof typeof PALETTE;
