import { ARTICLE_KINDS, type ArticleKind } from './article-kinds.ts';
import type { CslItem, CslName } from '../markdown/references-ld.ts';
import { isoDay, slashedDay } from '../lib/dates.ts';

export interface CitationMetaFacts {
  title: string;
  author: string;
  published: Date;
  lang: string;
  url: string;
  description: string;
  kind: ArticleKind;
  /** The works the article cites (its References), as CSL-JSON. */
  references?: readonly CslItem[] | undefined;
}

/** A day as Google Scholar asks for it: "2023/11/22"; a year alone where that is all there is. */
function scholarDate(parts: readonly (number | string)[] | undefined): string | undefined {
  if (!parts?.length) return undefined;
  const [year, month, day] = parts.map(Number);
  return [year, month, day]
    .filter((n): n is number => n !== undefined && !Number.isNaN(n))
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('/');
}

const personName = (name: CslName) => name.literal ?? [name.family, name.given].filter(Boolean).join(', ');

/**
 * A cited work as one `citation_reference`, in the form Google Scholar reads: its own `citation_*`
 * fields as `name=value`, joined by "; " (a semicolon in a value would end it: it becomes a comma).
 */
export function citationReference(item: CslItem): string {
  const journal = item.type === 'article-journal' ? item['container-title'] : undefined;
  const [first, last] = (item.page ?? '').split(/[-\u2013]/);
  const fields: [string, string | number | undefined][] = [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['citation_author', personName(a)]),
    ['citation_publication_date', scholarDate(item.issued?.['date-parts']?.[0])],
    ['citation_journal_title', journal],
    ['citation_volume', item.volume],
    ['citation_issue', item.issue],
    ['citation_firstpage', first || undefined],
    ['citation_lastpage', last || undefined],
    ['citation_publisher', journal ? undefined : item.publisher],
    ['citation_doi', item.DOI],
    ['citation_isbn', item.ISBN],
  ];
  return fields
    .filter((f): f is [string, string | number] => f[1] !== undefined && String(f[1]).trim() !== '')
    .map(([name, value]) => `${name}=${String(value).replace(/;/g, ',').trim()}`)
    .join('; ');
}

/**
 * The page's metadata for reference managers and scholarly indexes, as `<meta name>` pairs:
 * Highwire Press's `citation_*` (Google Scholar, Zotero, Mendeley) and Dublin Core (Zotero's
 * type, Wikipedia's citation tool), beside the Open Graph and JSON-LD of Head.astro.
 */
export function citationMeta(a: CitationMetaFacts): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: a.title },
    { name: 'citation_author', content: a.author },
    { name: 'citation_publication_date', content: slashedDay(a.published) },
    { name: 'citation_language', content: a.lang },
    { name: 'citation_abstract', content: a.description },
    { name: 'citation_public_url', content: a.url },
    ...(a.references ?? []).map((item) => ({ name: 'citation_reference', content: citationReference(item) })),
    { name: 'DC.title', content: a.title },
    { name: 'DC.creator', content: a.author },
    { name: 'DC.date', content: isoDay(a.published) },
    { name: 'DC.language', content: a.lang },
    { name: 'DC.description', content: a.description },
    { name: 'DC.type', content: ARTICLE_KINDS[a.kind].zotero },
  ];
}
