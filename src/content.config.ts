import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchemaWith } from './article/schema.ts';
import { SITE } from './site.ts';

/** The one article: a single .mdx file in content/articles (src/article/only-article.ts enforces "one"). */
const articles = defineCollection({
  loader: glob({ base: `./${SITE.articlesDir}`, pattern: '*.mdx' }),
  schema: ({ image }) => articleSchemaWith(image()),
});

export const collections = { articles };
