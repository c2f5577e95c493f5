import anyAscii from 'any-ascii';
import { fill } from '../i18n/fill.ts';
import { LANGUAGES_SHIPPED } from '../i18n/index.ts';
import { withQuotationMarks } from '../i18n/quotation.ts';
import { cslPlugin, LOCALE } from '../markdown/citeproc.ts';
import type { CslItem } from '../markdown/references-ld.ts';
import { ARTICLE_KINDS, type ArticleKind } from './article-kinds.ts';
import { slashedDay } from '../lib/dates.ts';

/** What a citation is built from: the frontmatter, the site and the canonical URL. */
export interface CitationSource {
  title: string;
  author: string;
  siteName: string;
  published: Date;
  /** The published date as it reads in the article's language, e.g. "November 22, 2023". */
  publishedText: string;
  url: string;
  /** What the article is (the frontmatter's `kind`): a web page unless it says otherwise. */
  kind?: ArticleKind | undefined;
  lang?: string | undefined;
  /** The frontmatter's description: a reference manager's abstract. */
  description?: string | undefined;
}

/**
 * "Baghai, Christian": the last word of a name is taken as the family name. Names whose
 * family name is not the last word (e.g. "Ludwig van Beethoven") would need a `family` field.
 */
export function familyFirst(name: string): string {
  const given = nameParts(name).slice(0, -1);
  return given.length ? `${familyName(name)}, ${given.join(' ')}` : familyName(name);
}

function nameParts(name: string): string[] {
  return name.trim().split(/\s+/);
}

/** The family name, taken (as above) to be the last word of the name. */
function familyName(name: string): string {
  return nameParts(name).at(-1) ?? '';
}

/**
 * The short form, in the style of Chicago's web-page note: author, “title,” site, date, URL; in
 * another language, its dictionary's `shortCitation` template, its quotation marks put in
 * (withQuotationMarks), with its own punctuation (German „title“, Arabic «title» and its comma ،).
 */
export function shortCitation(s: CitationSource, template = EN_SHORT_CITATION): string {
  return citationParts(s, template)
    .map((part) => part.text)
    .join('');
}

/** English's template (src/i18n/languages/en.ts), its quotation marks put in. */
const EN_SHORT_CITATION = withQuotationMarks(LANGUAGES_SHIPPED.en!.words.shortCitation!, 'en');

/**
 * The short form as the template's own words and the values put in it (`value: true`), for the
 * page to isolate each value (<bdi>): a site name or URL of the other direction then keeps its
 * place in the line (in an Arabic citation, "Long Form" and the date that follows it would
 * otherwise run together, left to right), and the copied text is the same.
 */
export function citationParts(s: CitationSource, template = EN_SHORT_CITATION): { text: string; value: boolean }[] {
  const values: Record<string, string> = {
    author: s.author.trim(),
    title: s.title.trim(),
    site: s.siteName,
    date: s.publishedText,
    url: s.url,
  };
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name ? { text: fill(piece, values), value: true } : { text: piece, value: false };
    });
}

/** BibTeX needs these escaped in field values; braces are balanced by escaping them too. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/**
 * A citation key such as `baghai2023what`: family name, year, first word of the title of 4+
 * letters, in ASCII (BibTeX's keys must be): a name in any script is transliterated (any-ascii:
 * Коваль → koval, حداد → hdd), so it is never the anonymous `anon`.
 */
export function citationKey(s: CitationSource): string {
  const ascii = (t: string) =>
    anyAscii(t)
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const family = ascii(familyName(s.author)) || 'anon';
  const word =
    s.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length >= 4) ?? '';
  return `${family}${s.published.getUTCFullYear()}${word}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry (the type every BibTeX style knows for web pages). The title is
 * double-braced so styles keep its capitals.
 */
export function bibtex(s: CitationSource): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(familyFirst(s.author))}}`],
    ['title', `{{${escapeBibtex(s.title.trim())}}}`],
    ['howpublished', `{${escapeBibtex(s.siteName)}}`],
    ['year', `{${s.published.getUTCFullYear()}}`],
    ['month', MONTHS[s.published.getUTCMonth()]!],
    ['url', `{${s.url}}`],
  ];
  return `@misc{${citationKey(s)},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

/** The article as CSL-JSON: what citeproc sets in a style, from the frontmatter and the site. */
export function articleCsl(s: CitationSource): CslItem {
  const given = nameParts(s.author).slice(0, -1).join(' ');
  return {
    id: citationKey(s),
    type: ARTICLE_KINDS[s.kind ?? 'web-page'].csl,
    title: s.title.trim(),
    author: [given ? { family: familyName(s.author), given } : { literal: s.author.trim() }],
    issued: { 'date-parts': [[s.published.getUTCFullYear(), s.published.getUTCMonth() + 1, s.published.getUTCDate()]] },
    'container-title': s.siteName,
    URL: s.url,
    ...(s.lang ? { language: s.lang } : {}),
    ...(s.description ? { abstract: s.description } : {}),
  };
}

/** The styles "Cite this article" sets besides its own short form, by citeproc's names for them. */
export const CITATION_FORMATS = { apa: 'APA', mla: 'MLA' } as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/**
 * The article's entry in a style, by citeproc (the engine, the bundled APA 7 and MLA 9 styles and
 * their English terms that set the References): as HTML (its italics) for the page, and as text.
 */
export function styledCitation(s: CitationSource, style: CitationFormat): { html: string; text: string } {
  const item = shielded(articleCsl(s));
  const entry = (format: 'html' | 'text') => {
    const engine = cslPlugin().engine([item], style, LOCALE, format);
    engine.updateItems([item.id]);
    return engine.makeBibliography()[1][0] ?? '';
  };
  return {
    html: unshield(
      entry('html')
        .trim()
        .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1'),
      '&#60;',
      '&#62;',
    ),
    text: unshield(entry('text').trim(), '<', '>'),
  };
}

/**
 * citeproc reads `<i>`, `<b>`, `<sup>` and `<span …>` in a field as its own markup: a title
 * "<b>Bold</b>" would come out bold in the page and lose its tags in the text. The writer's
 * angle brackets pass through it as private-use characters, and come back as themselves.
 */
const [OPEN, CLOSE] = ['\uE000', '\uE001'];
const shield = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/</g, OPEN).replace(/>/g, CLOSE)
    : Array.isArray(value)
      ? value.map(shield)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shield(v)]))
        : value;
const shielded = (item: CslItem): CslItem => ({ ...(shield(item) as CslItem), id: item.id });
const unshield = (text: string, open: string, close: string) => text.replaceAll(OPEN, open).replaceAll(CLOSE, close);

/**
 * A RIS record, for the reference managers that import it (EndNote, Zotero, Mendeley). Written
 * here, in a few lines: citation-js's RIS writer drops a newspaper article's author and date and
 * a web page's site. Each line is a tag, two spaces, a hyphen and a space; `T2` is the site
 * (Zotero reads it as the website's, blog's or newspaper's title), `DA` the day.
 */
export function ris(s: CitationSource): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  return [
    line('TY', ARTICLE_KINDS[s.kind ?? 'web-page'].ris),
    line('TI', s.title),
    line('AU', familyFirst(s.author)),
    line('PY', String(s.published.getUTCFullYear())),
    line('DA', `${slashedDay(s.published)}/`),
    line('T2', s.siteName),
    line('UR', s.url),
    ...(s.lang ? [line('LA', s.lang)] : []),
    ...(s.description ? [line('AB', s.description)] : []),
    'ER  - ',
  ].join('\n');
}
