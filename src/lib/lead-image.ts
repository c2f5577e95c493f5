import type { ImageMetadata } from 'astro';
import { PREVIEW_SIZE } from './preview-image.ts';

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
