import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml } from '../lib/escape.ts';
import { isoDay } from '../lib/dates.ts';
import { textDirection } from '../lib/direction.ts';
import { ui, type UiKey } from '../i18n/index.ts';

/** What an EPUB of the article is made of: the frontmatter, the canonical URL, the body and a cover. */
export interface EpubBook {
  /** The canonical URL: the book's identifier and its source. */
  url: string;
  title: string;
  description: string;
  author: string;
  lang: string;
  published: Date;
  /** The published date as it reads in the article's language ("November 22, 2023"). */
  publishedText: string;
  modified: Date;
  publisher: string;
  /** Whose the words are, as one line ("© 2023 Christian Baghai"): the book's dc:rights and its title page. */
  rights: string;
  /** The sections, for the navigation document: the body's h2/h3 ids and texts. */
  sections: { id: string; text: string; depth: number }[];
  /** The body as XHTML (clean.ts). */
  body: string;
  /** The cover, a PNG. */
  cover: Uint8Array;
  /** The body's pictures, as the book holds them (`href` relative to the body: "images/1.jpg"). */
  images?: { href: string; mediaType: string; bytes: Uint8Array }[];
}

const XHTML_NS = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"';

/** A content document: XHTML 5, as EPUB 3 wants it. */
function xhtml(book: EpubBook, title: string, bodyType: string, body: string): string {
  const lang = escapeXml(book.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html ${XHTML_NS} xml:lang="${lang}" lang="${lang}" dir="${textDirection(book.lang)}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="${bodyType}">
${body}
</body>
</html>
`;
}

/**
 * The stylesheet: spacing and keeping headings with their text, nothing more. Font, size and
 * colours are the reader's to choose on the device, so none is set.
 */
const STYLE = `body { margin: 0; }
h1, h2, h3 { line-height: 1.2; page-break-after: avoid; break-after: avoid; }
h1 { margin: 0 0 1em; }
h2, h3 { margin: 1.5em 0 0.5em; }
p { margin: 0 0 0.75em; orphans: 2; widows: 2; }
.titlepage { text-align: center; margin-top: 20%; }
.titlepage .dek { font-style: italic; margin: 1em 0 2em; }
.titlepage .source { margin-top: 3em; font-size: 0.8em; word-break: break-all; }
.titlepage .rights { font-size: 0.8em; }
.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%; max-height: 100%; }
figure { margin: 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
img { max-width: 100%; height: auto; } /* a picture never wider than the screen, whatever its width attribute */
figcaption { font-size: 0.85em; margin-top: 0.4em; }
blockquote { margin: 1em 1.5em; }
pre { white-space: pre-wrap; font-size: 0.85em; }
table { border-collapse: collapse; }
th, td { padding: 0.2em 0.6em; text-align: start; vertical-align: top; } /* start: the left in a left-to-right book, the right in a right-to-left one */
.align-right { text-align: right; }
.align-center { text-align: center; }
`;

/** The files of the book, in the order they are zipped (mimetype first, as OCF requires). */
export function epubFiles(book: EpubBook): [string, Uint8Array][] {
  const t = escapeXml(book.title);
  const say = (key: UiKey, values?: Record<string, string>) => escapeXml(ui(book.lang)(key, values));
  const toc = book.sections.map((s) => `<li><a href="article.xhtml#${escapeXml(s.id)}">${escapeXml(s.text)}</a></li>`).join('\n');
  const nav = xhtml(
    book,
    ui(book.lang)('contents'),
    'frontmatter',
    `<nav epub:type="toc" id="toc">
<h1>${say('contents')}</h1>
<ol>
<li><a href="title.xhtml">${say('titlePage')}</a></li>
<li><a href="article.xhtml">${t}</a>${toc ? `\n<ol>\n${toc}\n</ol>` : ''}</li>
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>${say('landmarks')}</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${say('cover')}</a></li>
<li><a epub:type="titlepage" href="title.xhtml">${say('titlePage')}</a></li>
<li><a epub:type="bodymatter" href="article.xhtml">${t}</a></li>
</ol>
</nav>`,
  );
  const cover = xhtml(
    book,
    ui(book.lang)('cover'),
    'cover',
    `<section class="cover" epub:type="cover"><img src="cover.png" alt="${say('coverAlt', { title: book.title, author: book.author })}"/></section>`,
  );
  const titlePage = xhtml(
    book,
    book.title,
    'frontmatter',
    `<section class="titlepage" epub:type="titlepage">
<h1>${t}</h1>
<p class="dek">${escapeXml(book.description)}</p>
<p class="author">${escapeXml(book.author)}</p>
<p class="date"><time datetime="${isoDay(book.published)}">${escapeXml(book.publishedText)}</time></p>
<p class="source">${escapeXml(book.publisher)}<br/>${escapeXml(book.url)}</p>
<p class="rights">${escapeXml(book.rights)}</p>
</section>`,
  );
  const article = xhtml(book, book.title, 'bodymatter', `<section epub:type="chapter">\n<h1>${t}</h1>\n${book.body}\n</section>`);
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXml(book.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${escapeXml(book.url)}</dc:identifier>
<dc:title>${t}</dc:title>
<dc:creator>${escapeXml(book.author)}</dc:creator>
<dc:language>${escapeXml(book.lang)}</dc:language>
<dc:date>${isoDay(book.published)}</dc:date>
<dc:source>${escapeXml(book.url)}</dc:source>
<dc:publisher>${escapeXml(book.publisher)}</dc:publisher>
<dc:rights>${escapeXml(book.rights)}</dc:rights>
<dc:description>${escapeXml(book.description)}</dc:description>
<meta property="dcterms:modified">${isoDay(book.modified)}T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>
<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
<item id="article" href="article.xhtml" media-type="application/xhtml+xml"${/<math[\s>]/.test(book.body) ? ' properties="mathml"' : ''}/>
<item id="style" href="style.css" media-type="text/css"/>
${(book.images ?? []).map((image, i) => `<item id="image-${i + 1}" href="${escapeXml(image.href)}" media-type="${image.mediaType}"/>`).join('\n')}
</manifest>
<spine${textDirection(book.lang) === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
<itemref idref="cover" linear="no"/>
<itemref idref="title"/>
<itemref idref="article"/>
</spine>
</package>
`;
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;
  return [
    ['mimetype', strToU8('application/epub+zip')],
    ['META-INF/container.xml', strToU8(container)],
    ['OEBPS/content.opf', strToU8(opf)],
    ['OEBPS/nav.xhtml', strToU8(nav)],
    ['OEBPS/cover.xhtml', strToU8(cover)],
    ['OEBPS/cover.png', book.cover],
    ['OEBPS/title.xhtml', strToU8(titlePage)],
    ['OEBPS/article.xhtml', strToU8(article)],
    ['OEBPS/style.css', strToU8(STYLE)],
    ...(book.images ?? []).map((image): [string, Uint8Array] => [`OEBPS/${image.href}`, image.bytes]),
  ];
}

/**
 * The EPUB 3 file, byte for byte the same for the same book: fflate (a maintained zip library)
 * with the entries in a fixed order, `mimetype` first and stored, and every entry's time the
 * article's last date. fflate writes DOS times from the *local* clock fields, so the date is
 * given as a local midnight with the UTC day's numbers: the bytes do not move with the time zone.
 */
export function buildEpub(book: EpubBook): Uint8Array {
  const d = book.modified;
  const mtime = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const entries: Zippable = {};
  for (const [name, data] of epubFiles(book)) {
    entries[name] = [data, { level: name === 'mimetype' || /\.(png|jpe?g)$/.test(name) ? 0 : 9, mtime }];
  }
  return zipSync(entries);
}
