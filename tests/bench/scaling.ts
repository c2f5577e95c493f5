import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readingTime } from '../../src/article/reading-time.ts';
import { articleTree } from '../../src/article/tree.ts';
import { articleSource } from '../article-source.ts';
import { brotliSize } from '../budget.ts';
import { generatedBody } from '../build/generated-article.ts';
import { SEED_ARTICLE, TempProject, fixtureArticle } from '../build/temp-project.ts';

const SEED_ARTICLE_DIR = dirname(SEED_ARTICLE);

export interface BuildFigures {
  factor: number;
  words: number;
  sections: number;
  buildMs: number;
  htmlBytes: number;
  htmlBrotli: number;
}

/** The seed article's body and word count (its fixture copy: the bench measures the article the budgets were set for). */
export function realArticle(): { body: string; words: number; sections: number } {
  const { body: content } = articleSource(SEED_ARTICLE_DIR);
  return {
    body: content,
    words: readingTime(articleTree(content, { lang: 'en' }), 'en').words,
    sections: (content.match(/^##\s/gm) ?? []).length,
  };
}

/**
 * Builds a temporary copy of the site whose article is `factor` times the real one's length
 * (1: the real article itself; more: a generated article, 4 sections per multiple), and measures
 * the build's wall time and the page's size. The copy is left for the caller to serve and remove.
 */
export function measureBuild(
  factor: number,
  env: Record<string, string> = {},
  project = new TempProject(),
): BuildFigures & { project: TempProject } {
  const real = realArticle();
  let sections = real.sections;
  if (factor === 1) project.addSeedArticle();
  else {
    sections = Math.min(4 * factor, 200);
    project.write('content/articles/generated.mdx', fixtureArticle({}, generatedBody({ sections, words: real.words * factor })));
  }
  const start = performance.now();
  const build = project.build(env);
  const buildMs = performance.now() - start;
  if (!build.ok) throw new Error(`build of the ${factor}× article failed:\n${build.output}`);
  const html = readFileSync(join(project.root, 'dist/index.html'));
  return { factor, words: real.words * factor, sections, buildMs, htmlBytes: html.length, htmlBrotli: brotliSize(html), project };
}
