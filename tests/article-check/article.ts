/**
 * The article under check, as its source and its build say it is: what every check expects of a
 * publication comes from here (its frontmatter, its running text, the address it was built
 * for), never from a list of one language's words or from the site's own code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle, sourceHeadings, sourcePieces, sourceWords, type SourcePiece } from './source-text.ts';

export interface CheckedArticle {
  /** The source, as a writer names it ("content/articles/notes.mdx"): every message names it. */
  file: string;
  /** The built site's folder. */
  dist: string;
  /** The address it was built for: the page's canonical URL. */
  canonical: string;
  title: string;
  author: string;
  /** The author's fediverse address, where the frontmatter gives one. */
  fediverse?: string;
  /** What it is, for reference managers: `kind`, a web page unless the frontmatter says a blog post or a news article. */
  kind: string;
  /** The publication day, ISO ("2023-11-22"), and the last change (`updated`, a correction, an update), where the frontmatter gives one. */
  published: string;
  updated?: string;
  description: string;
  lang: string;
  /** The running text, in pieces, in reading order (source-text.ts). */
  pieces: SourcePiece[];
  /** The writer's own section headings (`## …`), as written. */
  headings: string[];
  /** The addresses the source gives (the author's link, links in the text, its BibTeX's): the writer's, not fetched. */
  writerUrls: string[];
  /** The pictures the source shows, each with the text alternative it gives ('' for a decorative one). */
  pictures: { alt: string; line: number }[];
  /**
   * The most pages it may print on: room for the title and the apparatus, then a page for every
   * 150 words (a printed page holds 400 or more) and one for each picture and table. More means
   * something prints a page of its own that should not (a blank page, a picture set full-page).
   */
  maxPrintedPages: number;
}

/** A YAML date (read as a Date) or a string, as an ISO day. */
const isoDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Every http(s) address written in a text. */
const urlsIn = (text: string): string[] => [...new Set(text.match(/https?:\/\/[^\s)"'>\]}]+/g) ?? [])];

/** The addresses a BibTeX file gives: its URLs, and each DOI as its address at doi.org. */
const bibtexUrls = (bibtex: string): string[] => [
  ...urlsIn(bibtex),
  ...[...bibtex.matchAll(/\bdoi\s*=\s*[{"]([^}"]+)[}"]/gi)].map((m) => `https://doi.org/${m[1]}`),
];

/** The one .mdx file in a folder of articles, or a message saying what is there instead. */
export function onlyArticle(folder: string): string {
  const found = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
  if (found.length !== 1)
    throw new Error(`${folder} must hold exactly one article (.mdx); found ${found.length}${found.length ? `: ${found.join(', ')}` : ''}`);
  return join(folder, found[0]!);
}

/** The pictures of a body: Markdown images and <Figure> components, with their alt text. */
function picturesOf(source: string): CheckedArticle['pictures'] {
  const { tree } = parseArticle(source);
  const found: CheckedArticle['pictures'] = [];
  const walk = (node: any) => {
    if (node.type === 'image') found.push({ alt: node.alt ?? '', line: node.position?.start.line ?? 0 });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const attribute = (name: string) => node.attributes.find((a: any) => a.type === 'mdxJsxAttribute' && a.name === name);
      const decorative = attribute('decorative');
      found.push({ alt: decorative ? '' : String(attribute('alt')?.value ?? ''), line: node.position?.start.line ?? 0 });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/** The latest day the frontmatter says the article changed: `updated`, a correction's or an update's. */
function lastChanged(frontmatter: Record<string, any>): { updated?: string } {
  const days = [
    frontmatter.updated,
    ...[...(frontmatter.corrections ?? []), ...(frontmatter.updates ?? [])].map((n: { date: unknown }) => n.date),
  ]
    .filter(Boolean)
    .map((d) => isoDay(new Date(d)));
  return days.length ? { updated: days.sort().at(-1)! } : {};
}

/** The article in `file`, as built into `dist`. */
export function checkedArticle(file: string, dist: string): CheckedArticle {
  const source = readFileSync(file, 'utf8');
  const { frontmatter } = parseArticle(source);
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(index)?.[1];
  if (!canonical) throw new Error(`${join(dist, 'index.html')} has no canonical URL: is it this site's build?`);
  const bibliography = typeof frontmatter.bibliography === 'string' ? join(file, '..', frontmatter.bibliography) : undefined;
  const pieces = sourcePieces(source);
  const pictures = picturesOf(source);
  const tables = (source.match(/^\s*\|?\s*:?-{3,}/gm) ?? []).length;
  return {
    file: relative(process.cwd(), file) || file,
    dist,
    canonical,
    title: frontmatter.title,
    author: frontmatter.author?.name,
    ...(frontmatter.author?.fediverse ? { fediverse: frontmatter.author.fediverse } : {}),
    kind: frontmatter.kind ?? 'web-page',
    published: isoDay(frontmatter.published),
    ...lastChanged(frontmatter),
    description: frontmatter.description,
    lang: frontmatter.lang ?? 'en',
    pieces,
    headings: sourceHeadings(source),
    writerUrls: [...urlsIn(source), ...(bibliography ? bibtexUrls(readFileSync(bibliography, 'utf8')) : [])],
    pictures: [...(frontmatter.image ? [{ alt: String(frontmatter.imageAlt ?? ''), line: 1 }] : []), ...pictures],
    maxPrintedPages: 2 + Math.ceil(sourceWords(pieces) / 150) + pictures.length + tables,
  };
}
