import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { SITE } from '../src/site.ts';

/** The real article's source, read (never written) so tests can compare the site with it. */
export function articleSource(dir: string = SITE.articlesDir): { files: string[]; frontmatter: Record<string, any>; body: string } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, files[0]!), 'utf8'));
  return { files, frontmatter, body: content };
}
