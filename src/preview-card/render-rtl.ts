import { createRequire } from 'node:module';
import sharp from 'sharp';
import { PALETTE } from '../styles/palette.ts';
import { CARD, titleSize, type PreviewText } from './card.ts';
import { escapeXml } from '../lib/escape.ts';
import { LANGUAGES_SHIPPED, type Language } from '../i18n/index.ts';

type PreviewFont = NonNullable<Language['previewFont']>;

const require = createRequire(import.meta.url);

/**
 * The card of a right-to-left article, in render.ts's layout, drawn by Pango (sharp's text
 * input): satori leaves Arabic's dots adrift and orders a line of both directions wrongly, where
 * Pango shapes with HarfBuzz and follows the bidi algorithm. Fonts are the shipped languages'
 * `previewFont`, by script (`Intl.Locale#maximize`), so Persian takes Arabic's; else the serif.
 */
const FONTS: Record<string, PreviewFont> = Object.fromEntries(
  Object.entries(LANGUAGES_SHIPPED).flatMap(([code, language]) => (language.previewFont ? [[scriptOf(code), language.previewFont]] : [])),
);

function scriptOf(lang: string): string {
  try {
    return new Intl.Locale(lang).maximize().script ?? '';
  } catch {
    return '';
  }
}

interface Block {
  text: string;
  px: number;
  bold?: boolean;
  colour: string;
  /** Letter spacing, in pixels. */
  spacing?: number;
}

/** One block of text, right-aligned in `width`, as a transparent PNG and its size. */
async function drawBlock(block: Block, width: number, lang: string): Promise<{ data: Buffer; width: number; height: number }> {
  if (!block.text.trim()) {
    // Nothing to draw (Pango refuses blank text): a line's height of nothing, as satori leaves.
    const height = Math.round(block.px * 1.3);
    return {
      data: await sharp({ create: { width: 1, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
        .png()
        .toBuffer(),
      width: 1,
      height,
    };
  }
  const font = FONTS[scriptOf(lang)];
  const weight = block.bold ? 'Bold' : '';
  const markup = `<span foreground="${block.colour}"${block.spacing ? ` letter_spacing="${Math.round(block.spacing * 1024)}"` : ''}>${escapeXml(block.text)}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${font?.family ?? 'serif'} ${weight} ${block.px}`.replace(/\s+/g, ' '),
      ...(font ? { fontfile: require.resolve(block.bold ? font.bold : font.regular) } : {}),
      width,
      dpi: 72, // a point is a pixel
      rgba: true,
      wrap: 'word',
      // Pango flips the alignment of a right-to-left paragraph: "left" sets it flush right.
      align: 'left',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function renderRightToLeftCard(text: PreviewText, size: { width: number; height: number }): Promise<Buffer> {
  const lang = text.lang ?? 'ar';
  const inner = size.width - 2 * CARD.paddingInline;
  const [site, title, author, date] = await Promise.all([
    drawBlock(
      { text: text.siteName.toUpperCase(), px: CARD.siteSize, colour: PALETTE.light.inkMuted, spacing: CARD.siteSpacing },
      inner,
      lang,
    ),
    drawBlock({ text: text.title, px: titleSize(text.title), bold: true, colour: PALETTE.light.ink }, inner, lang),
    drawBlock({ text: text.author, px: CARD.bylineSize, bold: true, colour: PALETTE.light.ink }, inner, lang),
    drawBlock({ text: text.date, px: CARD.bylineSize, colour: PALETTE.light.inkMuted }, inner, lang),
  ]);
  // As satori's column: the site name at the top, the byline at the foot under its rule, the
  // title centred between them; each block flush with the right-hand padding (the inline start).
  const right = (w: number) => size.width - CARD.paddingInline - w;
  const titleHeight = Math.min(title.height, CARD.titleMaxHeight);
  const footTop = size.height - CARD.paddingBlock - date.height - author.height - CARD.ruleGap - CARD.rule;
  const siteBottom = CARD.paddingBlock + site.height;
  const titleTop = Math.round(siteBottom + (footTop - siteBottom - titleHeight) / 2);
  const clippedTitle =
    title.height > titleHeight
      ? await sharp(title.data).extract({ left: 0, top: 0, width: title.width, height: titleHeight }).png().toBuffer()
      : title.data;
  const rule = await sharp({ create: { width: inner, height: CARD.rule, channels: 4, background: PALETTE.light.rule } })
    .png()
    .toBuffer();
  return sharp({ create: { ...size, channels: 4, background: PALETTE.light.paper } })
    .composite([
      { input: site.data, top: CARD.paddingBlock, left: right(site.width) },
      { input: clippedTitle, top: titleTop, left: right(title.width) },
      { input: rule, top: footTop, left: CARD.paddingInline },
      { input: author.data, top: footTop + CARD.rule + CARD.ruleGap, left: right(author.width) },
      { input: date.data, top: footTop + CARD.rule + CARD.ruleGap + author.height, left: right(date.width) },
    ])
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
}
