import { test as articleTest, expect } from '../article-check/fixture.ts';
import { publication, type Publication, type PublicationName } from './publication.ts';

/** The option each product project sets (playwright.config.ts): which of its publications it runs on. */
export interface PublicationOptions {
  publicationName: PublicationName;
}

/**
 * The product's specs: the writer's check's fixtures (the article under check, served per
 * worker, the console guard: tests/article-check/fixture.ts), with what the product knows of
 * its own publications beside them (`publication`: its words, its date as written, its pages).
 */
export const test = articleTest.extend<{}, PublicationOptions & { publication: Publication }>({
  publicationName: ['seed', { option: true, scope: 'worker' }],
  publication: [async ({ publicationName }, use) => use(publication(publicationName)), { scope: 'worker' }],
});

export { expect };
