/**
 * An article's references as schema.org reads them (JSON-LD's `citation`): each entry of the
 * References section (src/markdown/references.ts), from the CSL-JSON citation-js reads the
 * BibTeX into, as a CreativeWork of the closest type, with what identifies it.
 */

/** CSL-JSON (the fields used here), as citation-js reads a BibTeX entry. */
export interface CslItem {
  id: string;
  type?: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: (number | string)[][] };
  publisher?: string;
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  ISBN?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  language?: string;
  abstract?: string;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** CSL's item types, by the schema.org type that says the same; any other is a CreativeWork. */
const TYPES: Record<string, string> = {
  book: 'Book',
  chapter: 'Chapter',
  'article-journal': 'ScholarlyArticle',
  'paper-conference': 'ScholarlyArticle',
  thesis: 'Thesis',
  report: 'Report',
  'article-newspaper': 'NewsArticle',
  'article-magazine': 'Article',
  article: 'Article',
  webpage: 'WebPage',
  'post-weblog': 'BlogPosting',
  dataset: 'Dataset',
  software: 'SoftwareSourceCode',
};

const person = (name: CslName) => ({ '@type': 'Person', name: name.literal ?? [name.given, name.family].filter(Boolean).join(' ') });

/** A date as ISO 8601 as far as it is known: "1957", "2015-03", "2015-03-04". */
function isoDate(item: CslItem): string | undefined {
  const parts = item.issued?.['date-parts']?.[0];
  if (!parts?.length) return undefined;
  const [year, month, day] = parts.map(Number);
  return [
    String(year).padStart(4, '0'),
    ...(month ? [String(month).padStart(2, '0')] : []),
    ...(month && day ? [String(day).padStart(2, '0')] : []),
  ].join('-');
}

/** One reference as schema.org's CreativeWork (or a narrower type). */
export function creativeWork(item: CslItem): Record<string, unknown> {
  const date = isoDate(item);
  const url = item.DOI ? `https://doi.org/${item.DOI}` : item.URL;
  return {
    '@type': TYPES[item.type ?? ''] ?? 'CreativeWork',
    ...(item.title ? { name: item.title } : {}),
    ...(item.author?.length ? { author: item.author.map(person) } : {}),
    ...(item.editor?.length ? { editor: item.editor.map(person) } : {}),
    ...(date ? { datePublished: date } : {}),
    ...(item.publisher ? { publisher: { '@type': 'Organization', name: item.publisher } } : {}),
    ...(item['container-title'] ? { isPartOf: { '@type': 'CreativeWork', name: item['container-title'] } } : {}),
    ...(item.ISBN ? { isbn: item.ISBN } : {}),
    ...(url ? { url } : {}),
    ...(item.DOI && item.URL && item.URL !== url ? { sameAs: item.URL } : {}),
  };
}
