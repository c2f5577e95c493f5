/**
 * The two publications the browser suite runs on, one Playwright project each
 * (playwright.config.ts): the real article (the seed, built into dist/ by `npm test`) and the
 * long-form showcase (every toolkit element, built by the global setup in a temporary copy of
 * the project). What a test expects of a publication comes from its source, never from the
 * site's own code: the seed's verbatim text (tests/fixtures/seed.txt), the showcase's MDX.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readSeed } from '../seed.ts';
import { articleSource } from '../article-source.ts';
import { SHOWCASE_SOURCE } from '../fixtures/long-form-showcase/showcase.ts';
import { expect } from '@playwright/test';
import { letters } from './pdf-text.ts';
import { plainTypography } from './typography.ts';

export type PublicationName = 'article' | 'showcase';

export { TEST_SITE_URL } from '../test-site-url.ts';

export interface Publication {
  name: PublicationName;
  /** The built site's folder. */
  dist: string;
  title: string;
  author: string;
  /** The publication day, ISO ("2023-11-22"). */
  published: string;
  /** That day as the page writes it in the article's language. */
  dateText: string;
  description: string;
  lang: string;
  /** The running text as written, cut at note references (which render as numbers): each piece is on the page, in print and in every edition. */
  chunks: string[];
  /** Nothing but paragraphs and headings: the body's paragraphs are exactly the source's (the seed). */
  plainProse: boolean;
  /** The printed pages it fits on, at most (A4 and Letter). */
  printedPages: number;
  /** How its BibTeX key begins: the author's family name and the year. */
  citationKey: string;
}

/** A YAML date (read as a Date) or string, as an ISO day. */
const isoDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

function seedPublication(): Publication {
  const seed = readSeed();
  const { frontmatter } = articleSource();
  return {
    name: 'article',
    dist: 'dist',
    title: seed.title,
    author: seed.author,
    published: seed.published,
    dateText: 'November 22, 2023',
    description: frontmatter.description,
    lang: frontmatter.lang ?? 'en',
    chunks: seed.paragraphs,
    plainProse: true,
    printedPages: 2,
    citationKey: 'baghai2023',
  };
}

function showcasePublication(): Publication {
  const { frontmatter, content } = parseFrontmatter(SHOWCASE_SOURCE);
  const paragraphs = content
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => /^[A-Z]/.test(block));
  return {
    name: 'showcase',
    dist: process.env.TEST_SHOWCASE_DIST ?? '',
    title: frontmatter.title,
    author: frontmatter.author.name,
    published: isoDay(frontmatter.published),
    dateText: 'March 4, 2024',
    description: frontmatter.description,
    lang: frontmatter.lang ?? 'en',
    chunks: paragraphs.flatMap((p) => p.split(/\[\^[^\]]+\]/)).filter((c) => letters(c).length > 0),
    plainProse: false,
    printedPages: 5,
    citationKey: 'author2024',
  };
}

export function publication(name: PublicationName): Publication {
  return name === 'article' ? seedPublication() : showcasePublication();
}

/**
 * A text (a printed page, an edition's body) holds the source's every paragraph, in order,
 * whatever its line breaks and typography; and for plain prose (the seed: paragraphs and headings
 * only) the edition's `paragraphs` are exactly the source's, word for word.
 */
export function expectEveryParagraph(paragraphs: string[] | null, all: string, publication: Publication): void {
  const text = letters(all);
  let from = 0;
  for (const chunk of publication.chunks) {
    const at = text.indexOf(letters(chunk), from);
    expect(at, `in order: ${chunk}`).toBeGreaterThanOrEqual(from);
    from = at;
  }
  if (paragraphs && publication.plainProse) expect(paragraphs.map(plainTypography)).toEqual(publication.chunks.map(plainTypography));
}
