import type { Rights } from '../lib/rights.ts';
import { isoDay } from '../lib/dates.ts';
import { creativeWork, type CslItem } from '../markdown/references-ld.ts';
import { ARTICLE_KINDS, type ArticleKind } from './article-kinds.ts';

/**
 * Open Graph wants a locale as language_TERRITORY ("en_US"). A bare language tag gets its
 * likely territory from the runtime's CLDR data ("en" → "en_US", "uk" → "uk_UA").
 */
export function ogLocale(lang: string): string {
  const locale = new Intl.Locale(lang).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify alone is not
 * enough: a title containing `</script>` would end the element and the rest would run as HTML.
 * Escaping `<`, `>` and `&` as \u escapes keeps the JSON identical once parsed; U+2028/2029 are
 * escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface ArticleFacts {
  title: string;
  description: string;
  author: { name: string; url?: string | undefined };
  published: Date;
  /** The last change: the latest of `updated`, the corrections and the updates. */
  modified?: Date | undefined;
  /** Its corrections, their words as plain text (src/article/notices.ts). */
  corrections?: readonly { date: Date; text: string }[] | undefined;
  lang: string;
  url: string;
  image: string;
  kind?: ArticleKind | undefined;
  /** Who publishes the article (the site's publisher: SITE.publisher). */
  publisher: string;
  /** The words the read time counts, and the read time in minutes (src/article/reading-time.ts). */
  wordCount: number;
  minutes: number;
  /** Whose the words are, and under what licence (src/lib/rights.ts). */
  rights?: Rights | undefined;
  /** The works its References section lists (src/markdown/references.ts), as CSL-JSON. */
  references?: readonly CslItem[] | undefined;
}

/** schema.org Article, as search engines read it; dates are calendar days (ISO 8601). */
export function articleJsonLd(a: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': ARTICLE_KINDS[a.kind ?? 'web-page'].schemaOrg,
    headline: a.title,
    description: a.description,
    inLanguage: a.lang,
    author: { '@type': 'Person', name: a.author.name, ...(a.author.url ? { url: a.author.url } : {}) },
    datePublished: isoDay(a.published),
    dateModified: isoDay(a.modified ?? a.published),
    image: [a.image],
    wordCount: a.wordCount,
    timeRequired: `PT${a.minutes}M`, // ISO 8601 duration, the byline's "N min read"
    url: a.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    publisher: { '@type': 'Organization', name: a.publisher },
    ...(a.rights
      ? {
          copyrightHolder: { '@type': 'Person', name: a.rights.holder },
          copyrightYear: a.rights.year,
          ...(a.rights.license ? { license: a.rights.license.url } : {}),
        }
      : {}),
    ...(a.references?.length ? { citation: a.references.map(creativeWork) } : {}),
    ...(a.corrections?.length
      ? { correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: isoDay(c.date) })) }
      : {}),
  };
}
