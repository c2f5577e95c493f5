import type { ImageMetadata } from 'astro';
import { relative, resolve, sep } from 'node:path';
import { SITE } from '../site.ts';

/**
 * Images stored beside the article (content/articles/…), by their path from it ("./photo.jpg"),
 * for <Figure src="./photo.jpg">: Vite imports them into the image pipeline. Globs must be
 * literal, so the folder is spelled out here as in SITE.articlesDir.
 */
const IMAGES = import.meta.glob<ImageMetadata>('/content/articles/**/*.{jpg,jpeg,png,webp,avif,gif,tif,tiff}', { import: 'default' });
const ARTICLES = Object.keys(import.meta.glob('/content/articles/*.mdx'));

/** The article's file, for error messages: "content/articles/showcase.mdx". */
export const articleFile = (): string => (ARTICLES.length === 1 ? ARTICLES[0]!.slice(1) : 'content/articles/*.mdx');

/** Where every change to the article's file can be read, where the site names its source (SITE.history). */
export const articleHistory = (): string | undefined => SITE.history?.replace('{file}', articleFile());

/** The image at `src` (relative to the article, or already imported); an error naming the file and the image when there is none. */
export async function articleImage(src: string | ImageMetadata): Promise<ImageMetadata> {
  if (typeof src !== 'string') return src;
  const key = `/content/articles/${src.replace(/^\.\//, '')}`;
  const load = IMAGES[key];
  if (!load) throw new Error(`${articleFile()}: <Figure src="${src}">: no such image beside the article (looked for ${key.slice(1)})`);
  return load();
}

/**
 * The alt text an image is given, or an error: every image says what it shows (`alt`), or says
 * it is decorative (`decorative`), so a missing description is never silent.
 */
export function altText(what: string, alt: string | undefined, decorative: boolean | undefined): string {
  if (decorative) {
    if (alt?.trim()) throw new Error(`${articleFile()}: ${what} is marked decorative but has alt text; keep one of the two`);
    return '';
  }
  if (!alt?.trim()) throw new Error(`${articleFile()}: ${what} has no alt text; describe what it shows (alt="…"), or mark it decorative`);
  return alt.trim();
}

/**
 * An image's path beside the article ("photos/road.jpg"), written on its <picture> as
 * `data-image` so the EPUB can pack the picture itself (src/editions/pictures.ts). Astro keeps the
 * source's path on an imported image at build time (`fsPath`, not enumerable).
 */
export function sourceName(image: ImageMetadata): string | undefined {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) return undefined;
  const name = relative(resolve(SITE.articlesDir), fsPath);
  return name.startsWith('..') ? undefined : name.split(sep).join('/');
}
