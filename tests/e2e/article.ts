import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { SITE } from '../../src/site.ts';

/** The real article's source, read (never written) so tests can compare the page with it. */
export function articleSource(): { frontmatter: Record<string, any>; body: string } {
  const file = readdirSync(SITE.articlesDir).find((f) => f.endsWith('.mdx'))!;
  const { frontmatter, content } = parseFrontmatter(readFileSync(`${SITE.articlesDir}/${file}`, 'utf8'));
  return { frontmatter, body: content };
}
