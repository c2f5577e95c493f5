/**
 * The writer's toolkit, declared once: each element a writer can put in an article, and how every
 * part of the site treats it (its stylesheet, the read time, the editions, Listen). A new element
 * is one entry here, its component beside this file (components.ts) and its stylesheet.
 */

/** The toolkit's stylesheets (beside this file), in cascade order; each is sent only to a page whose article uses it. */
export const STYLESHEETS = ['tables', 'figures', 'notes', 'references', 'in-place', 'quotes', 'callouts', 'math', 'code'] as const;
export type Stylesheet = (typeof STYLESHEETS)[number];

/**
 * How the Markdown edition writes a component (src/editions/to-markdown.ts):
 * - `omit`: left out (it repeats the text);
 * - `figure`: its picture (the site's file), then its caption and credit as paragraphs; a
 *   decorative one is left out;
 * - `quote`: a blockquote closed by its attribution (`— by, *source*`);
 * - `blockquote`: a blockquote (inline, its text alone).
 * A component with no treatment leaves its content.
 */
export type MarkdownTreatment = 'omit' | 'figure' | 'quote' | 'blockquote';

/**
 * How the HTML editions beyond the page (the EPUB, the feed: src/editions/clean.ts) write an
 * element the page marks with its class: `as` another element (what the page makes a div with a
 * role, a book and a feed reader read as what it is); `feed: 'contents'`, its contents alone in
 * the feed (whose reader's sanitiser strips what the page wraps them in).
 */
export interface EditionTreatment {
  as?: string;
  feed?: 'contents';
}

export interface WriterElement {
  /** The MDX component a writer writes (`<Figure>`); none where the element is Markdown syntax. */
  component?: string;
  /** No component of its own: the Markdown pipeline makes its HTML (a `<Caption>`: numbering.ts). */
  byPipeline?: true;
  /** The class the page's HTML gives it, where the editions and its stylesheet find it. */
  className?: string;
  /** How the HTML editions write it. */
  edition?: EditionTreatment;
  /** Its kinds, where it has several (a callout's): each a class `<className>-<kind>` and a label `<element><Kind>` in src/i18n/. */
  kinds?: readonly string[];
  /** Its stylesheet. */
  stylesheet: Stylesheet;
  /** Stylesheets it shares with other elements, sent with its own: `in-place`, the sheet a note and a citation open into. */
  shares?: readonly Stylesheet[];
  /** What in the rendered body shows the element is there (its stylesheet is then sent). */
  marker: RegExp;
  /**
   * Classes of what the element shows twice, for the eye alone (a pull quote repeats a line; a
   * note's margin copy repeats the note). Such an element is `aria-hidden`, so screen readers,
   * Reader View and Listen meet the words once; the read time does not count a repeating
   * component, and no edition carries what has these classes.
   */
  repeats?: readonly string[];
  /** How the Markdown edition writes the component. */
  markdown?: MarkdownTreatment;
  /** What Listen reads of it, as a selector in the page; none when Listen passes it by. */
  listen?: string;
}

export const ELEMENTS = {
  /** `![What it shows](./photo.jpg)`: a picture at the column's width. */
  picture: { stylesheet: 'figures', marker: /<picture[\s>]/ },
  /** `<Figure src alt credit width>Caption</Figure>`: a picture with its caption and credit. */
  figure: {
    component: 'Figure',
    stylesheet: 'figures',
    marker: /<figure class="figure/,
    markdown: 'figure',
    listen: '.prose > .figure figcaption',
  },
  /** `text.[^1]` … `[^1]: The note.`: numbered notes at the end, and a copy beside the line on wide screens. */
  note: {
    stylesheet: 'notes',
    shares: ['in-place'],
    marker: /\sdata-footnotes[\s=>]/,
    repeats: ['sidenote'],
    listen: '.footnotes > ol > li',
  },
  /** `<Aside>`: an unnumbered margin note, beside the text's run, so Listen passes it by. */
  aside: {
    component: 'Aside',
    className: 'aside',
    stylesheet: 'notes',
    marker: /class="aside"/,
    edition: { as: 'aside' },
    markdown: 'blockquote',
  },
  /** `> Quoted.`: a blockquote. */
  blockquote: { stylesheet: 'quotes', marker: /<blockquote[\s>]/, listen: '.prose > blockquote' },
  /** `<Quote by source cite>`: a quotation with its attribution under it. */
  quote: { component: 'Quote', stylesheet: 'quotes', marker: /<figure class="quote"/, markdown: 'quote', listen: '.prose > .quote' },
  /** `<PullQuote>`: a line of the text, repeated large. */
  pullQuote: { component: 'PullQuote', stylesheet: 'quotes', marker: /class="pull-quote"/, repeats: ['pull-quote'], markdown: 'omit' },
  /** `> [!NOTE]` … (and TIP, IMPORTANT, WARNING, CAUTION: GitHub's alerts): a set-off box led by its label, in the article's language (src/markdown/callouts.ts). */
  callout: {
    className: 'callout',
    kinds: ['note', 'tip', 'important', 'warning', 'caution'],
    stylesheet: 'callouts',
    marker: /<div class="callout /,
    edition: { as: 'blockquote' },
    listen: '.prose > .callout',
  },
  /** `$E = mc^2$` inline, `$$…$$` on lines of its own: MathML, rendered at build (src/markdown/math.ts). */
  math: { stylesheet: 'math', marker: /<math[\s>]/ },
  /**
   * `[@key, p. 12]`, `@key says` against the frontmatter's `bibliography: ./references.bib`:
   * citations in the article's style, each a link with its entry in place, and a References
   * section at the end (src/markdown/references.ts). Listen reads the citations as the text
   * has them, not the list: it is looked up, not read.
   */
  citation: {
    className: 'citation',
    stylesheet: 'references',
    shares: ['in-place'],
    marker: /<section class="references"/,
    edition: { feed: 'contents' },
  },
  /** A fenced code block, highlighted at build. */
  code: { stylesheet: 'code', marker: /<code[\s>]/ },
  /** A GFM table. */
  table: { stylesheet: 'tables', marker: /<table[\s>]/ },
  /** `<Caption id>Its caption.</Caption>` on the line after a table: the table's caption, numbered (numbering.ts). */
  caption: { component: 'Caption', byPipeline: true, stylesheet: 'tables', marker: /<caption[\s>]/ },
} as const satisfies Record<string, WriterElement>;

const ALL: readonly WriterElement[] = Object.values(ELEMENTS);

/** The element a component name declares (`Figure`), if any. */
export function elementOf(component: string | null | undefined): WriterElement | undefined {
  return ALL.find((element) => element.component !== undefined && element.component === component);
}

/** The HTML editions' treatments, by the class the page gives each element that has one. */
export const EDITION_TREATMENTS: readonly (EditionTreatment & { className: string })[] = ALL.flatMap((element) =>
  element.className && element.edition ? [{ className: element.className, ...element.edition }] : [],
);

/** The classes of everything the page shows twice for the eye alone (see `repeats`). */
export const REPEAT_CLASSES: readonly string[] = ALL.flatMap((element) => element.repeats ?? []);

/** What Listen reads of the toolkit's elements, as one selector. */
export const LISTEN_SELECTOR: string = ALL.flatMap((element) => (element.listen ? [element.listen] : [])).join(', ');
