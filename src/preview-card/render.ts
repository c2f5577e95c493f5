import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { PALETTE } from '../styles/palette.ts';
import { CARD, PREVIEW_SIZE, titleSize, type PreviewText } from './card.ts';
import { renderRightToLeftCard } from './render-rtl.ts';
import { textDirection } from '../lib/direction.ts';

export { COVER_SIZE, PREVIEW_SIZE, titleSize, type PreviewText } from './card.ts';

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

/**
 * The link-preview image (and the EPUB cover at its `size`): the title, author and date on the
 * site's paper, drawn by satori and rasterised by sharp, no browser; right to left, by Pango
 * (render-rtl.ts) in the same layout.
 */
export async function renderPreviewImage(
  text: PreviewText,
  { size = PREVIEW_SIZE, subsets = FONT_SUBSETS }: { size?: { width: number; height: number }; subsets?: readonly string[] } = {},
): Promise<Buffer> {
  if (textDirection(text.lang ?? 'en') === 'rtl') return renderRightToLeftCard(text, size);
  const card = el(
    'div',
    {
      width: size.width,
      height: size.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${CARD.paddingBlock}px ${CARD.paddingInline}px`,
      background: PALETTE.light.paper,
      color: PALETTE.light.ink,
      fontFamily: subsets.map(familyName).join(', '),
    },
    [
      el(
        'div',
        { fontSize: CARD.siteSize, letterSpacing: CARD.siteSpacing, textTransform: 'uppercase', color: PALETTE.light.inkMuted },
        text.siteName,
      ),
      el(
        'div',
        { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.12, maxHeight: CARD.titleMaxHeight, overflow: 'hidden' },
        text.title,
      ),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          borderTop: `${CARD.rule}px solid ${PALETTE.light.rule}`,
          paddingTop: CARD.ruleGap,
          fontSize: CARD.bylineSize,
        },
        [el('div', { fontWeight: 700 }, text.author), el('div', { color: PALETTE.light.inkMuted }, text.date)],
      ),
    ],
  );
  const svg = await satori(card as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts(subsets) });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
