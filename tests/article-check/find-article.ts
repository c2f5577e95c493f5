/**
 * Before the writer's check: the article (ARTICLE_FILE, else the one .mdx of content/articles)
 * and its build (ARTICLE_DIST, else dist/), each checked to be there, for the workers.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { onlyArticle } from './article.ts';

export default function findArticle(): void {
  const dist = resolve(process.env.ARTICLE_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`There is no built site in ${dist}: run "npm run check:article", which builds it.`);
  process.env.ARTICLE_DIST = dist;
  process.env.ARTICLE_FILE ??= onlyArticle('content/articles');
}
