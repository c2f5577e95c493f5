/**
 * How Zotero saves a page, by the rules of its Embedded Metadata translator: "Embedded
 * Metadata.js" and the RDF import it hands the page's tags to ("RDF.js"), in zotero/translators
 * as of f6350ed and 6c9e20a. Zotero's translation framework runs only inside Zotero, so the rules
 * that decide an article's item type and the fields asked of it are written out here from that
 * source, for the tags a page carries in <meta>: Highwire Press (`citation_*`), Dublin Core,
 * Open Graph, PRISM and eprints, and `generator`. Its own test (zotero-rules.test.ts) holds it
 * to the translator's known behaviour on pages made for each rule.
 */
import { JSDOM } from 'jsdom';

export interface ZoteroItem {
  itemType: string | false;
  title?: string | undefined;
  creators: { firstName: string; lastName: string }[];
  date?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  abstractNote?: string | undefined;
  /** The website's, blog's or newspaper's title (Zotero's publicationTitle, by item type). */
  publicationTitle?: string | undefined;
}

/** The namespaces Embedded Metadata knows by prefix, before a page declares its own. */
const PREFIXES: Record<string, string> = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  z: 'http://www.zotero.org/namespaces/export#',
  eprint: 'http://purl.org/eprint/terms/',
  eprints: 'http://purl.org/eprint/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  so: 'http://schema.org/',
};
const NS = PREFIXES as Required<typeof PREFIXES>;

/** Zotero's item types: a `dc:type` naming one is read as that type. */
const ITEM_TYPES = new Set(
  'artwork audioRecording bill blogPost book bookSection case computerProgram conferencePaper dataset dictionaryEntry document email encyclopediaArticle film forumPost hearing instantMessage interview journalArticle letter magazineArticle manuscript map newspaperArticle patent podcast preprint presentation radioBroadcast report standard statute thesis tvBroadcast videoRecording webpage'.split(
    ' ',
  ),
);

/** `dc:type` words of the eprints and PRISM vocabularies, as RDF.js reads them: a type, or a guess (`~`). */
const DC_TYPES: Record<string, string> = {
  book: 'book',
  patent: 'patent',
  report: 'report',
  thesis: 'thesis',
  bookitem: 'bookSection',
  conferenceitem: 'conferencePaper',
  conferencepaper: 'conferencePaper',
  article: 'journalArticle',
  journalitem: 'journalArticle',
  journalarticle: 'journalArticle',
  newsitem: 'newspaperArticle',
  scholarlytext: 'journalArticle',
  workingpaper: 'report',
  homepage: 'webpage',
  webpage: 'webpage',
  text: '~journalArticle',
  image: '~artwork',
};

/** Highwire tags that settle the type, and those that only guess it (Embedded Metadata's init()). */
const HIGHWIRE_TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** Zotero's cleanAuthor for a name in one piece: the last word is the family name; "Family, Given" as written. */
function cleanAuthor(name: string): { firstName: string; lastName: string } {
  if (name.includes(',')) {
    const [lastName, firstName] = name.split(/\s*,\s*/);
    return { firstName: firstName ?? '', lastName: lastName ?? '' };
  }
  const words = name.trim().split(/\s+/);
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

/** The item Zotero's Embedded Metadata translator would save from a page's HTML. */
export function zoteroItem(html: string, url: string): ZoteroItem {
  const doc = new JSDOM(html, { url }).window.document;
  const prefixes = { ...PREFIXES };
  for (const link of doc.querySelectorAll('link[rel^="schema."]')) {
    prefixes[link.getAttribute('rel')!.slice('schema.'.length).toLowerCase()] = link.getAttribute('href')!;
  }

  // init(): each <meta name|property> becomes an RDF statement where its prefix is known.
  const statements: [string, string][] = [];
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  let generatorType: string | undefined;
  for (const meta of doc.querySelectorAll('meta')) {
    const tags = meta.getAttribute('name') || meta.getAttribute('property');
    const value = meta.getAttribute('content');
    if (!tags || !value) continue;
    for (const tag of tags.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix = parts.length > 2 ? parts[1]!.toLowerCase() : undefined;
      let length = parts.length > 2 ? parts[0]!.length + parts[1]!.length + 1 : 0;
      if (!prefix || !prefixes[prefix]) {
        prefix = parts[0]!.toLowerCase();
        length = parts[0]!.length;
      }
      if (prefixes[prefix]) {
        const prop = tag.slice(length + 1);
        statements.push([prefixes[prefix] + prop.charAt(0).toLowerCase() + prop.slice(1), value]);
      } else if (tag.toLowerCase() === 'generator') {
        if (/blogger|wordpress|wooframework/i.test(value)) generatorType = 'blogPost';
      } else {
        const short = tag.slice(tag.lastIndexOf('citation_'));
        if (HIGHWIRE_TYPES[short]) hwType = HIGHWIRE_TYPES[short];
        else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
        else if (short === 'citation_isbn') hwTypeGuess = 'book';
      }
    }
  }
  const first = (...predicates: string[]) => predicates.map((p) => statements.find(([s]) => s === p)?.[1]).find((v) => v !== undefined);
  const all = (predicate: string) => statements.filter(([s]) => s === predicate).map(([, v]) => v);

  // RDF.js detectType(): the first settled type in its order, else the default, else a guess.
  const defaultUnknownType = hwTypeGuess || generatorType || (statements.length ? 'webpage' : false);
  let itemType: string | false;
  if (hwType) itemType = hwType;
  else if (!statements.length) itemType = hwType || hwTypeGuess || generatorType || false;
  else {
    const t: Record<string, string | undefined> = {};
    const z = first(`${NS.z}itemType`, `${NS.z}type`);
    if (z && ITEM_TYPES.has(z)) t.zotero = z;
    const dc = first(`${NS.dc}type`, `${NS.dcterms}type`);
    if (dc) {
      const word = DC_TYPES[dc.toLowerCase().replace(/\s/g, '')];
      if (Number.isNaN(Number.parseInt(dc)) && ITEM_TYPES.has(dc)) t.dc = dc;
      else if (word?.startsWith('~')) t.dcGuess = word.slice(1);
      else if (word) t.dc = word;
    }
    const og = first(`${NS.og}type`);
    if (og === 'article') t.ogGuess = 'journalArticle';
    else if (og === 'website') t.og = 'webpage';
    else if (og === 'book') t.og = 'book';
    else if (og?.startsWith('video.')) t.og = 'videoRecording';
    const genre = first(`${NS.prism}genre`);
    if (genre === 'blogentry') t.prism = 'blogPost';
    else if (genre === 'homepage' || genre === 'webliography') t.prism = 'webpage';
    itemType = t.zotero || t.bib || t.prism || t.eprints || t.og || t.dc || t.so || defaultUnknownType || t.ogGuess || t.dcGuess || false;
  }

  // importItem() (RDF.js), then addHighwireMetadata() and addLowQualityMetadata() (Embedded Metadata.js).
  const content = (name: string) =>
    [...doc.querySelectorAll<HTMLMetaElement>('meta[name]')].find((m) => m.name.endsWith(name))?.content?.trim() || undefined;
  const highwire = (...names: string[]) => names.map(content).filter(Boolean).at(-1);
  const highwireAuthors = [...doc.querySelectorAll<HTMLMetaElement>('meta[name$="citation_author"]')].map((m) => m.content);
  const rdfAuthors = all(`${NS.dc}creator`);
  const metaAuthors = [...doc.querySelectorAll<HTMLMetaElement>('meta[name="author" i]')].map((m) => m.content);
  const creators = (highwireAuthors.length ? highwireAuthors : rdfAuthors.length ? rdfAuthors : metaAuthors).map(cleanAuthor);
  const site = first(`${NS.og}site_name`);
  return {
    itemType,
    title: highwire('citation_title') ?? first(`${NS.dc}title`, `${NS.dcterms}title`, `${NS.og}title`) ?? doc.title,
    creators,
    date:
      highwire('citation_publication_date', 'citation_cover_date', 'citation_date') ??
      first(`${NS.og}published_time`, `${NS.article}published_time`, `${NS.dcterms}issued`, `${NS.dc}date`, `${NS.dcterms}date`) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    url:
      highwire('citation_public_url') ??
      first(`${NS.og}url`) ??
      doc.querySelector('head > link[rel="canonical"]')?.getAttribute('href') ??
      doc.location.href,
    language: highwire('citation_language') ?? first(`${NS.dc}language`, `${NS.dcterms}language`) ?? doc.documentElement.lang,
    abstractNote:
      highwire('citation_abstract') ??
      first(`${NS.og}description`, `${NS.dcterms}abstract`, `${NS.dc}description`, `${NS.dcterms}description`) ??
      doc.querySelector<HTMLMetaElement>('meta[name="description" i]')?.content,
    publicationTitle: itemType === 'blogPost' || itemType === 'webpage' || itemType === 'newspaperArticle' ? site : undefined,
  };
}
