import sharp from 'sharp';

/** Rasterises the SVG icon to a square PNG of `size` pixels (the favicon fallback, the touch icon). */
export function iconPng(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * Math.ceil(size / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
