/**
 * The interface words the shared specs look for, as a reader of each language sees them: written
 * here by hand for the languages the suite publishes in (the seed, the showcase and the live
 * article in English; the German and Arabic fixtures), never read from the site's dictionaries,
 * so a wrong or missing translation fails.
 */
import { primaryLanguage } from '../../src/i18n/language-tag.ts';

export interface InterfaceWords {
  share: string;
  copyCitation: string;
  copyBibtex: string;
  citeArticle: string;
  downloadEpub: string;
  listen: string;
  /** The EPUB link's whole text, given the book's size in kilobytes. */
  epubLink: (kB: number) => string;
  /** The opening of the short citation, from the author and the title. */
  citationOpening: (author: string, title: string) => string;
  /** The read time's minutes, from the byline's words ("3 min read"). */
  minutesIn: (readTime: string) => number;
  /** The screen's chrome, none of which belongs on paper. The section anchors show "#" (drawn by CSS). */
  screenOnly: string[];
  /** The page's interface words that Reader View must leave out. */
  chrome: string[];
}

/** Arabic-Indic digits as numbers (١٢ → 12). */
const westernDigits = (text: string) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

const en: InterfaceWords = {
  share: 'Share',
  copyCitation: 'Copy citation',
  copyBibtex: 'Copy BibTeX',
  citeArticle: 'Cite this article',
  downloadEpub: 'Download EPUB',
  listen: 'Listen',
  epubLink: (kB) => `Download EPUB (${kB} kB)`,
  citationOpening: (author, title) => `${author}, \u201C${title},\u201D`,
  minutesIn: (readTime) => Number(/(\d+) min read/.exec(readTime)![1]),
  screenOnly: [
    'Skip to content',
    'Display',
    'Text size',
    'Colours',
    'Contents',
    '#',
    'publishes one article',
    'Email this article',
    'Download EPUB',
    'Share',
    'Copy citation',
    'Copy BibTeX',
    'Copy code sample',
    'Other formats',
  ],
  chrome: ['Contents', 'Read online at', 'Email this article', 'Download EPUB', 'Cite this article', '@misc', 'Share', 'Other formats'],
};

const de: InterfaceWords = {
  share: 'Teilen',
  copyCitation: 'Quellenangabe kopieren',
  copyBibtex: 'BibTeX kopieren',
  citeArticle: 'Diesen Artikel zitieren',
  downloadEpub: 'EPUB herunterladen',
  listen: 'Vorlesen',
  epubLink: (kB) => `EPUB herunterladen (${kB} kB)`,
  citationOpening: (author, title) => `${author}: \u201E${title}\u201C`,
  minutesIn: (readTime) => Number(/(\d+) Min\. Lesezeit/.exec(readTime)![1]),
  screenOnly: [
    'Zum Inhalt springen',
    'Darstellung',
    'Schriftgröße',
    'Farben',
    'Inhalt',
    '#',
    'veröffentlicht einen Artikel',
    'Artikel per E-Mail senden',
    'EPUB herunterladen',
    'Teilen',
    'Quellenangabe kopieren',
    'BibTeX kopieren',
    'Weitere Formate',
  ],
  chrome: [
    'Inhalt',
    'Online lesen unter',
    'Artikel per E-Mail senden',
    'EPUB herunterladen',
    'Diesen Artikel zitieren',
    '@misc',
    'Teilen',
    'Weitere Formate',
  ],
};

const ar: InterfaceWords = {
  share: 'مشاركة',
  copyCitation: 'انسخ الاستشهاد',
  copyBibtex: 'انسخ BibTeX',
  citeArticle: 'استشهد بهذا المقال',
  downloadEpub: 'نزّل نسخة EPUB',
  listen: 'استمع',
  epubLink: (kB) => `نزّل نسخة EPUB (${new Intl.NumberFormat('ar').format(kB)} كيلوبايت)`,
  citationOpening: (author, title) => `${author}\u060C \u00AB${title}\u00BB`,
  minutesIn: (readTime) => {
    const digits = /[\d\u0660-\u0669]+/.exec(readTime)?.[0];
    // Arabic writes one minute and two minutes as words ("دقيقة", "دقيقتان"), no digit.
    return digits ? Number(westernDigits(digits)) : /دقيقتان/.test(readTime) ? 2 : 1;
  },
  screenOnly: [
    'انتقل إلى المحتوى',
    'العرض',
    'حجم النص',
    'الألوان',
    'المحتويات',
    '#',
    'ينشر هذا الموقع',
    'أرسل المقال بالبريد الإلكتروني',
    'نزّل نسخة EPUB',
    'مشاركة',
    'انسخ الاستشهاد',
    'انسخ BibTeX',
    'صيغ أخرى',
  ],
  chrome: [
    'المحتويات',
    'اقرأه على الإنترنت',
    'أرسل المقال بالبريد الإلكتروني',
    'نزّل نسخة EPUB',
    'استشهد بهذا المقال',
    '@misc',
    'مشاركة',
    'صيغ أخرى',
  ],
};

const WORDS: Record<string, InterfaceWords> = { en, de, ar };

export function interfaceWords(lang: string): InterfaceWords {
  const words = WORDS[primaryLanguage(lang)];
  if (!words) throw new Error(`tests/e2e/interface-words.ts has no words for "${lang}": add them for the publication in that language`);
  return words;
}
