import type { ImageMetadata } from 'astro';
import { PREVIEW_SIZE } from '../preview-card/card.ts';

/**
 * The lead image must fill a link preview (1200×630) without being enlarged; a smaller one is
 * an error naming the file and the field, rather than a blurry preview.
 */
export function checkLeadImage(image: Pick<ImageMetadata, 'width' | 'height'>, file: string): void {
  if (image.width < PREVIEW_SIZE.width || image.height < PREVIEW_SIZE.height) {
    throw new Error(
      `${file}: image: the lead image is ${image.width}×${image.height} pixels; it must be at least ${PREVIEW_SIZE.width}×${PREVIEW_SIZE.height} to fill a link preview`,
    );
  }
}

/** The lead image as the page and the editions show it: the picture, its alt text and its credit (a type, not an interface, so it passes as a Container's props). */
export type ShownLeadImage<Image> = {
  image: Image;
  alt: string;
  credit?: string | undefined;
};

/**
 * The article's lead image, where it has one to show: the schema requires `imageAlt` beside
 * `image` (src/article/schema.ts), so with an image there is always alt text. One answer for
 * the page's header, its link preview and the editions.
 */
export function shownLeadImage<Image>(data: {
  image?: Image | undefined;
  imageAlt?: string | undefined;
  imageCredit?: string | undefined;
}): ShownLeadImage<Image> | undefined {
  return data.image !== undefined && data.imageAlt ? { image: data.image, alt: data.imageAlt, credit: data.imageCredit } : undefined;
}
