import type { VFile } from 'vfile';
import { SITE } from '../site.ts';

/**
 * The language of the article a plugin is working on: its frontmatter's `lang` (Astro gives a
 * plugin the frontmatter as `file.data.astro.frontmatter`), else the site's. The editions'
 * own runs of the pipeline have no frontmatter: the site's language.
 */
export function fileLang(file: VFile | undefined): string {
  const frontmatter = (file?.data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined)?.astro?.frontmatter;
  return typeof frontmatter?.lang === 'string' ? frontmatter.lang : SITE.defaultLang;
}
