/**
 * What the product's own specs know of each of its publications beyond what the writer's check
 * reads from any article (tests/article-check/article.ts): the interface's words in its
 * language, written here by hand (interface-words.ts), the date as a reader of it writes it,
 * how many pages it prints on, how its BibTeX key begins, and for the seed its paragraphs as the
 * source text gives them (tests/fixtures/seed.txt). What a test expects comes from these and the
 * source, never from the site's own code.
 */
import { checkedArticle, type CheckedArticle } from '../article-check/article.ts';
import { readSeed } from '../seed.ts';
import { interfaceWords, type InterfaceWords } from './interface-words.ts';
import { FIXTURE_SITES, fixtureDist, type FixtureSite } from './fixture-sites.ts';

export type PublicationName = FixtureSite;

export { TEST_SITE_URL } from '../test-site-url.ts';

export interface Publication extends CheckedArticle {
  name: PublicationName;
  /** The publication day as the page writes it, where the test knows it from the source; else what the byline shows. */
  dateText?: string;
  /** The seed's paragraphs as the source text gives them: an edition's paragraphs are exactly these. */
  paragraphs?: string[];
  /** The printed pages it fits on, at most (A4 and Letter). */
  printedPages: number;
  /** How its BibTeX key begins (the author's family name and the year), where the test knows it. */
  citationKey: string;
  /** The interface's words in its language, as the specs look for them. */
  words: InterfaceWords;
}

const KNOWN: Record<FixtureSite, Pick<Publication, 'dateText' | 'printedPages' | 'citationKey'>> = {
  seed: { dateText: 'November 22, 2023', printedPages: 2, citationKey: 'baghai2023' },
  showcase: { dateText: 'March 4, 2024', printedPages: 5, citationKey: 'author2024' },
  german: { dateText: '3. Oktober 2024', printedPages: 2, citationKey: 'winter2024' },
  arabic: { printedPages: 2, citationKey: '' },
};

/** One of the product's publications, as its fixture's source and build say, with what the product's specs know of it. */
export function publication(name: PublicationName): Publication {
  const article = checkedArticle(FIXTURE_SITES[name].source, fixtureDist(name));
  return {
    ...article,
    name,
    ...KNOWN[name],
    ...(name === 'seed' ? { paragraphs: readSeed().paragraphs } : {}),
    words: interfaceWords(article.lang),
  };
}
