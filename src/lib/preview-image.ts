import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { PALETTE } from './palette.ts';

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
}

const require = createRequire(import.meta.url);
/** The font's subsets the card is drawn with. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

/**
 * Source Serif 4 from @fontsource (an npm package, so the build never reaches the network):
 * WOFF, which satori reads (it cannot read WOFF2). Latin, Latin Extended and Cyrillic, so a
 * title in any of them is drawn rather than boxed.
 */
async function loadFonts(subsets: readonly string[]) {
  const files = subsets.flatMap((subset) => ([400, 700] as const).map((weight) => ({ subset, weight })));
  return Promise.all(
    files.map(async ({ subset, weight }) => ({
      name: familyName(subset),
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`)),
    })),
  );
}

/**
 * Each subset is a family of its own, listed in order: satori takes a glyph from the first
 * family that has it. Under one shared name it would use the first file only, and draw a
 * missing-glyph box for every Cyrillic letter.
 */
const familyName = (subset: string) => `Source Serif 4 ${subset}`;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children: Node[] | string): Node => ({ type, props: { style, children } });

/** The title steps down as it grows, so a long title still fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  return 44;
}

/**
 * The link-preview image: the title large, then author and date, on the site's paper colour.
 * Text only, drawn by satori to SVG (glyphs become paths) and rasterised by sharp: no browser.
 * `size` is the link preview's unless given (the EPUB cover); `subsets` is for tests (drawing
 * with fewer of the font's subsets).
 */
export async function renderPreviewImage(
  text: PreviewText,
  { size = PREVIEW_SIZE, subsets = FONT_SUBSETS }: { size?: { width: number; height: number }; subsets?: readonly string[] } = {},
): Promise<Buffer> {
  const card = el(
    'div',
    {
      width: size.width,
      height: size.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      background: PALETTE.light.paper,
      color: PALETTE.light.ink,
      fontFamily: subsets.map(familyName).join(', '),
    },
    [
      el('div', { fontSize: 26, letterSpacing: 4, textTransform: 'uppercase', color: PALETTE.light.inkMuted }, text.siteName),
      el('div', { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.12, maxHeight: 420, overflow: 'hidden' }, text.title),
      el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${PALETTE.light.rule}`, paddingTop: 24, fontSize: 30 }, [
        el('div', { fontWeight: 700 }, text.author),
        el('div', { color: PALETTE.light.inkMuted }, text.date),
      ]),
    ],
  );
  const svg = await satori(card as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts(subsets) });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
