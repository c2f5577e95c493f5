import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { childElements } from '../markdown/hast.ts';
import { SITE } from '../site.ts';

/**
 * Pictures in the editions beyond the page, chosen and packed in one place. Every picture of the
 * page's carries its source beside the article as `data-image` (ArticlePicture.astro); an
 * edition finds its pictures there.
 */

/** A picture as a book holds it: its place in the book ("images/1.jpg") and its own size. */
export interface BookImage {
  href: string;
  width: number;
  height: number;
}

/**
 * The widest a picture is in an edition beyond the page: an e-reader's screen held in landscape,
 * a feed reader's column at twice its pixels.
 */
export const EDITION_IMAGE_WIDTH = 1200;

/** The one file of a picture's that an edition shows: its address as the page writes it, and its size. */
export interface EditionFile {
  url: string;
  width: unknown;
  height: unknown;
}

/** A <picture>'s <img>: its fallback, which carries the alt text, width and height. */
function pictureImg(picture: Element): Element | undefined {
  return childElements(picture, 'img')[0];
}

/** The widest of a srcset's files (`url 640w`) no wider than `max`; else the narrowest. */
function fileAtMost(srcset: unknown, max: number): { url: string; width: number } | undefined {
  const files = (Array.isArray(srcset) ? srcset : String(srcset ?? '').split(','))
    .map((c) =>
      String(c)
        .trim()
        .match(/^(\S+)\s+(\d+)w$/),
    )
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
  return files.filter((f) => f.width <= max).at(-1) ?? files[0];
}

/**
 * The one rule for a picture in every edition: the widest of the page's own files (its
 * fallback's srcset, a JPEG or PNG) no wider than EDITION_IMAGE_WIDTH, else the narrowest, else
 * the fallback `src`; with that file's width and height. The feed and the Markdown edition link
 * that file; the EPUB packs a copy of that size (packPictures).
 */
export function editionFile(picture: Element): EditionFile | undefined {
  const img = pictureImg(picture);
  if (!img) return undefined;
  const { width, height } = img.properties;
  const fullWidth = Number(width);
  const file = fileAtMost(img.properties.srcSet, EDITION_IMAGE_WIDTH);
  const shown = Math.min(fullWidth, file?.width ?? EDITION_IMAGE_WIDTH);
  const size =
    fullWidth > 0 && Number(height) > 0 ? { width: shown, height: Math.round((Number(height) * shown) / fullWidth) } : { width, height };
  return { url: file?.url ?? String(img.properties.src), ...size };
}

/**
 * The pictures of a rendered page or edition source, once each, by their source beside the
 * article (`data-image`: "photos/road.jpg"), each with the file an edition shows (editionFile);
 * a source shown at two widths gives the file of its widest.
 */
export function pagePictures(html: string): Map<string, EditionFile> {
  const widest = new Map<string, { width: number; file: EditionFile }>();
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const source = node.properties.dataImage;
    const file = node.tagName === 'picture' && typeof source === 'string' ? editionFile(node) : undefined;
    if (!file) return;
    const width = Number(pictureImg(node)?.properties.width) || 0;
    if (width > (widest.get(source as string)?.width ?? -1)) widest.set(source as string, { width, file });
  });
  return new Map([...widest].map(([source, { file }]) => [source, file]));
}

/**
 * A <picture> as one plain <img>, with the width and height of the file it points at: in the
 * feed, the edition's file (editionFile), absolute; in a book, the book's own copy, with the
 * size the packer gave it.
 */
export function plainImage(picture: Element, pageUrl: string, images: Record<string, BookImage> | undefined): Element | undefined {
  const img = pictureImg(picture);
  if (!img) return undefined;
  const { alt = '' } = img.properties;
  if (images) {
    const source = picture.properties.dataImage;
    const copy = typeof source === 'string' ? images[source] : undefined;
    return (
      copy && { type: 'element', tagName: 'img', properties: { src: copy.href, alt, width: copy.width, height: copy.height }, children: [] }
    );
  }
  const file = editionFile(picture)!;
  return {
    type: 'element',
    tagName: 'img',
    properties: { src: new URL(file.url, pageUrl).href, alt, width: file.width as number, height: file.height as number },
    children: [],
  };
}

/**
 * The body's pictures for the book, at the size the other editions show (editionFile), as JPEG
 * (PNG for a PNG: drawings stay sharp), in order. Re-encoded from the source: the page's own files
 * are written only after the routes run.
 */
export async function packPictures(html: string) {
  return Promise.all(
    [...pagePictures(html)].map(async ([source, file], i) => {
      const png = /\.png$/i.test(source);
      const image = sharp(await readFile(resolve(SITE.articlesDir, source))).resize({
        width: Number(file.width) || EDITION_IMAGE_WIDTH,
        withoutEnlargement: true,
      });
      const { data, info } = await (png ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 80, mozjpeg: true })).toBuffer({
        resolveWithObject: true,
      });
      const href = `images/${i + 1}.${png ? 'png' : 'jpg'}`;
      return {
        source,
        href,
        width: info.width,
        height: info.height,
        mediaType: png ? 'image/png' : 'image/jpeg',
        bytes: new Uint8Array(data),
      };
    }),
  );
}
