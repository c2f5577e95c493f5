import anyAscii from 'any-ascii';

/** What a citation is built from: the frontmatter, the site and the canonical URL. */
export interface CitationSource {
  title: string;
  author: string;
  siteName: string;
  published: Date;
  /** The published date as it reads in the article's language, e.g. "November 22, 2023". */
  publishedText: string;
  url: string;
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

/** The short form, in the style of Chicago's web-page note: author, “title,” site, date, URL. */
export function shortCitation(s: CitationSource): string {
  return `${s.author.trim()}, \u201C${s.title.trim()},\u201D ${s.siteName}, ${s.publishedText}, ${s.url}.`;
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
  const ascii = (t: string) => anyAscii(t).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const family = ascii(familyName(s.author)) || 'anon';
  const word = s.title.split(/\s+/).map(ascii).find((w) => w.length >= 4) ?? '';
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
