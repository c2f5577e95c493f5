/**
 * The publications the browser suite runs on, one Playwright project each
 * (playwright.config.ts), each built by the global setup or by `npm test`:
 * - `seed`: the article this site was made for, from its fixture copy (tests/fixtures/seed-article),
 *   checked word for word against the source (tests/fixtures/seed.txt): the product's own tests;
 * - `showcase`: every toolkit element (tests/fixtures/long-form-showcase);
 * - `publication`: whatever article content/articles holds, built into dist/ by `npm test`,
 *   checked for what every publication needs, whoever wrote it;
 * - `german`, `arabic`: articles in those languages (tests/fixtures/languages/): the shared specs
 *   in the reader's language and direction, and what no other publication can show (languages.spec.ts).
 * What a test expects of a publication comes from its source, never from the site's own code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readSeed } from '../seed.ts';
import { articleSource } from '../article-source.ts';
import { SHOWCASE_BIBTEX, SHOWCASE_SOURCE } from '../fixtures/long-form-showcase/showcase.ts';
import { REAL_ARTICLES, SEED_ARTICLE } from '../build/temp-project.ts';
import { expect } from '@playwright/test';
import { letters } from './pdf-text.ts';
import { plainTypography } from './typography.ts';
import { interfaceWords, type InterfaceWords } from './interface-words.ts';
import { languageSource, type LanguageFixture } from '../fixtures/languages/languages.ts';

export type PublicationName = 'seed' | 'showcase' | 'publication' | LanguageFixture;

export { TEST_SITE_URL } from '../test-site-url.ts';

export interface Publication {
  name: PublicationName;
  /** The built site's folder. */
  dist: string;
  title: string;
  author: string;
  /** The publication day, ISO ("2023-11-22"), and the last update's, where there is one. */
  published: string;
  updated?: string;
  /** The addresses the source itself gives (the author's link, links in the text): off the site by the writer's choice. */
  writerUrls: string[];
  /** That day as the page writes it, where the test knows it from the source (the seed's "November 22, 2023"); else what the byline shows is what must print. */
  dateText?: string;
  description: string;
  lang: string;
  /** The running text as written, cut at note references (which render as numbers): each piece is on the page, in print and in every edition. */
  chunks: string[];
  /** Nothing but paragraphs and headings: the body's paragraphs are exactly the source's (the seed). */
  plainProse: boolean;
  /** The printed pages it fits on, at most (A4 and Letter); a writer's article, however long, has no such limit. */
  printedPages: number;
  /** How its BibTeX key begins (the author's family name and the year), where the test knows it. */
  citationKey: string;
  /** The interface's words in its language, as the specs look for them. */
  words: InterfaceWords;
}

/** A YAML date (read as a Date) or string, as an ISO day. */
const isoDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Every http(s) address written in an article's source file. */
const urlsIn = (source: string): string[] => [...new Set(source.match(/https?:\/\/[^\s)"'>\]}]+/g) ?? [])];

/** The addresses a BibTeX file gives: its URLs, and each DOI as its address at doi.org. */
const bibtexUrls = (bibtex: string): string[] => [...urlsIn(bibtex), ...[...bibtex.matchAll(/\bdoi\s*=\s*[{"]([^}"]+)[}"]/gi)].map((m) => `https://doi.org/${m[1]}`)];

function seedPublication(): Publication {
  const seed = readSeed();
  const source = readFileSync(SEED_ARTICLE, 'utf8');
  const { frontmatter } = parseFrontmatter(source);
  return {
    writerUrls: urlsIn(source),
    name: 'seed',
    dist: process.env.TEST_SEED_DIST ?? '',
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
    words: interfaceWords(frontmatter.lang ?? 'en'),
  };
}

/**
 * An MDX body's running paragraphs as written, each cut at its note references: not headings,
 * code, tables, lists, quotations, components, pictures, notes, display formulas or import/export
 * lines; cut also after each link's text, where print adds its address and Markdown its target,
 * at each inline formula, and at each Pandoc citation (`[@key, 12]`, `@key says`), which the page
 * sets in the article's style. Written for the
 * test, from the source: it shares no code with the site.
 */
function paragraphChunks(content: string): string[] {
  const paragraphs = content
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(#|<|\||[-*+] |\d+\. |>|\[\^|!\[|import |export |\{|\$\$)/.test(block))
    // Cut at each link's text and at each formula (an edition writes its TeX beside the MathML).
    .map((block) => block.replace(/\[([^\]^][^\]]*)\]\([^)]*\)/g, '$1[^link]').replace(/\[\]\([^)]*\)/g, '[^link]').replace(/\$[^$\n]+\$/g, '[^math]').replace(/\[[^\]]*@[^\]]*\]/g, '[^cite]').replace(/(^|\s)-?@[\p{L}\d_][^\s]*[\p{L}\d_]/gu, '$1[^cite]'));
  return paragraphs.flatMap((p) => p.split(/\[\^[^\]]+\]/)).filter((c) => letters(c).length > 0);
}

/** Whatever article content/articles holds, as `npm test` built it into dist/. */
function livePublication(): Publication {
  const { files, frontmatter, body } = articleSource(REAL_ARTICLES);
  return {
    // The writer's addresses: in the text, and in the BibTeX file it names, where it cites.
    writerUrls: [
      ...urlsIn(readFileSync(join(REAL_ARTICLES, files[0]!), 'utf8')),
      ...(typeof frontmatter.bibliography === 'string' && existsSync(join(REAL_ARTICLES, frontmatter.bibliography)) ? bibtexUrls(readFileSync(join(REAL_ARTICLES, frontmatter.bibliography), 'utf8')) : []),
    ],
    ...(frontmatter.updated ? { updated: isoDay(frontmatter.updated) } : {}),
    name: 'publication',
    dist: 'dist',
    title: frontmatter.title,
    author: frontmatter.author.name,
    published: isoDay(frontmatter.published),
    description: frontmatter.description,
    lang: frontmatter.lang ?? 'en',
    chunks: paragraphChunks(body),
    plainProse: false,
    printedPages: Number.POSITIVE_INFINITY,
    citationKey: '',
    words: interfaceWords(frontmatter.lang ?? 'en'),
  };
}

function showcasePublication(): Publication {
  const { frontmatter, content } = parseFrontmatter(SHOWCASE_SOURCE);
  // The writer's addresses: in the text, and in the BibTeX it cites.
  const writerUrls = [...urlsIn(SHOWCASE_SOURCE), ...bibtexUrls(SHOWCASE_BIBTEX)];
  return {
    name: 'showcase',
    writerUrls,
    dist: process.env.TEST_SHOWCASE_DIST ?? '',
    title: frontmatter.title,
    author: frontmatter.author.name,
    published: isoDay(frontmatter.published),
    dateText: 'March 4, 2024',
    description: frontmatter.description,
    lang: frontmatter.lang ?? 'en',
    chunks: paragraphChunks(content),
    plainProse: false,
    printedPages: 5,
    citationKey: 'author2024',
    words: interfaceWords(frontmatter.lang ?? 'en'),
  };
}

/** The German and Arabic fixtures (tests/fixtures/languages/), in the words of their readers. */
function languagePublication(name: LanguageFixture): Publication {
  const source = languageSource(name);
  const { frontmatter, content } = parseFrontmatter(source);
  const known = { german: { dateText: '3. Oktober 2024', citationKey: 'winter2024' }, arabic: { dateText: undefined, citationKey: '' } }[name];
  return {
    name,
    writerUrls: urlsIn(source),
    dist: process.env[`TEST_${name.toUpperCase()}_DIST`] ?? '',
    title: frontmatter.title,
    author: frontmatter.author.name,
    published: isoDay(frontmatter.published),
    ...(known.dateText ? { dateText: known.dateText } : {}),
    description: frontmatter.description,
    lang: frontmatter.lang,
    chunks: paragraphChunks(content),
    plainProse: false,
    printedPages: 2,
    citationKey: known.citationKey,
    words: interfaceWords(frontmatter.lang),
  };
}

export function publication(name: PublicationName): Publication {
  if (name === 'german' || name === 'arabic') return languagePublication(name);
  return { seed: seedPublication, showcase: showcasePublication, publication: livePublication }[name]();
}

/**
 * A text (a printed page, an edition's body) holds the source's every paragraph, in order,
 * whatever its line breaks and typography; and for plain prose (the seed: paragraphs and headings
 * only) the edition's `paragraphs` are exactly the source's, word for word. `key` is how texts
 * are compared (`letters`; `rtlLetters` for Arabic read back from a PDF).
 */
export function expectEveryParagraph(paragraphs: string[] | null, all: string, publication: Publication, key: (text: string) => string = letters): void {
  const text = key(all);
  let from = 0;
  for (const chunk of publication.chunks) {
    const at = text.indexOf(key(chunk), from);
    expect(at, `in order: ${chunk}`).toBeGreaterThanOrEqual(from);
    from = at;
  }
  if (paragraphs && publication.plainProse) expect(paragraphs.map(plainTypography)).toEqual(publication.chunks.map(plainTypography));
}
