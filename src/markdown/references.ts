import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import type { ListItem as MdastListItem, Root as MdastRoot, Text as MdastText } from 'mdast';
import { toMdast } from 'hast-util-to-mdast';
import rehypeCitation from 'rehype-citation';
import { Cite, cslPlugin, LOCALE } from './citeproc.ts';
import { fileLang } from './file-lang.ts';
import { classesOf, hasClass, isElement, styleClasses } from './hast.ts';
import { ui } from '../i18n/index.ts';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from './citation-styles.ts';
import type { CslItem } from './references-ld.ts';
import { articleError, articlePath } from './article-error.ts';
import { ELEMENTS } from '../toolkit/elements.ts';

/**
 * References: Pandoc's citations against the BibTeX file the frontmatter names, set by
 * rehype-citation (citeproc) in the frontmatter's `csl` style, Chicago author-date by default.
 * Added here: every fault a writer can make stops the build at its line; each citation is a link
 * with its entries in place (a popover, no script); the References, in the article's language,
 * follow the notes with links back; and the editions' share is left in the frontmatter
 * (`references`: each citation's words, each entry's HTML and CSL-JSON). docs/toolkit.md.
 */

/** The References heading's id, which no heading of the writer's may take (fallback-ids.ts). */
export const REFERENCES_ID = 'references';

/**
 * The ids rehype-citation gives (its own scheme, kept: links to them are shared): an entry of
 * the References is `bib-` and its key, lower-cased; a citation `citation--` and its keys and count.
 */
export const REFERENCE_IDS = { entry: 'bib-', citation: 'citation--' } as const;

/** What the page leaves for the editions (see the module's comment). */
export interface RenderedReferences {
  /** Each citation's words as the page shows them ("(Battles 2003, 40–41)"), in the order of the source. */
  citations: string[];
  /** The entries in the References' order: key (lower-cased, as in the ids), HTML as the page sets it, CSL-JSON. */
  entries: { key: string; html: string; item: CslItem }[];
}

interface Frontmatter {
  bibliography?: unknown;
  csl?: unknown;
}

/** Where rehype-citation does not look for citations, nor this check: code, links, formulas. */
const NOT_TEXT = new Set(['code', 'pre', 'kbd', 'samp', 'a', 'script', 'style', 'math']);
/** Where rehype-citation reads citations (its `permittedTags`, and MDX's components, which have no tag). */
const READ_IN = new Set(['div', 'p', 'span', 'li', 'td', 'th']);

/**
 * A citation, as rehype-citation finds one (its `citationRE`, after Zettlr's, which its package
 * does not export): `[…@key…]`, or `@key` after a space, with an optional `[suffix]`.
 */
const CITATIONS = /(?:\[([^[\]]*@[^[\]]+)\])|(?<=\s|^|(-))(?:@([\p{L}\d_][^\s]*[\p{L}\d_]|\{.+\})(?:\s+\[(.*?)\])?)/gu;
/** A key inside a bracketed citation's part (`see @key, p. 12`), as rehype-citation reads it. */
const KEY = /@([\p{L}\d_][^\s{]*[\p{L}\d_]|\{.+\})/u;

/** The keys a citation names. */
function keysOf(match: RegExpMatchArray): string[] {
  const strip = (key: string) => key.replace(/^\{(.*)\}$/, '$1');
  if (match[3] !== undefined) return [strip(match[3])];
  return (match[1] ?? '').split(';').flatMap((part) => {
    const key = KEY.exec(part)?.[1];
    return key ? [strip(key)] : [];
  });
}

interface Found {
  text: string;
  keys: string[];
  line: number | undefined;
  /** The element it stands in, if rehype-citation does not read citations there. */
  unread: string | undefined;
  /** Where its text begins in the source (line, column) and which of the text's citations it is: the order of the source. */
  at: [number, number, number];
}

/** The order of the source (a note's citations where the note is written, not at the end). */
const bySource = (a: { at: [number, number, number] }, b: { at: [number, number, number] }) =>
  a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2];

/** Every citation in the body's text, in reading order. */
function citationsIn(tree: Root): Found[] {
  const found: Found[] = [];
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const elements = ancestors.filter((a): a is Element => isElement(a));
    if (elements.some((a) => NOT_TEXT.has(a.tagName) || a.properties.id === 'refs')) return;
    const parent = ancestors.at(-1);
    const unread = parent && isElement(parent) && !READ_IN.has(parent.tagName) ? parent.tagName : undefined;
    let n = 0;
    for (const match of node.value.matchAll(CITATIONS)) {
      const start = node.position?.start;
      found.push({ text: match[0], keys: keysOf(match), line: start?.line, unread, at: [start?.line ?? 0, start?.column ?? 0, n++] });
    }
  });
  return found;
}

/** rehype-citation's transformer, as its types do not say it is one. */
const citationTransformer = rehypeCitation as unknown as (options: Record<string, unknown>) => (tree: Root, file: VFile) => Promise<void>;

/** The style's name in citation-js's register: a bundled one's, or a .csl file's beside the article, read and registered under its path. */
function templateOf(style: string, dir: string, article: string): string {
  if ((CITATION_STYLES as readonly string[]).includes(style)) return style;
  const path = resolve(dir, style);
  if (!existsSync(path))
    throw new Error(
      `${article}: the frontmatter's csl, "${style}", is neither one of ${CITATION_STYLES.join(', ')} nor a .csl file beside the article; name one of those, or put the file there`,
    );
  const xml = readFileSync(path, 'utf8');
  // A note style puts citations in footnotes of its own, beside the article's: not supported.
  if (/<style\b[^>]*\bclass="note"/.test(xml))
    throw new Error(
      `${article}: the frontmatter's csl, "${style}", is a note style (its citations are footnotes); use an author-date or numeric style`,
    );
  const templates = cslPlugin().templates;
  if (!templates.has(path)) templates.add(path, xml);
  return path;
}

/**
 * Each entry set on its own, as its preview shows it: in the list, a style may write a repeated
 * author as "———", which means nothing out of the list. citeproc-js, as rehype-citation runs it.
 */
function standaloneEntries(items: CslItem[], template: string): Map<string, ElementContent[]> {
  const engine = cslPlugin().engine(items, template, LOCALE, 'html');
  const out = new Map<string, ElementContent[]>();
  for (const item of items) {
    engine.updateItems([item.id]);
    const [, [html]] = engine.makeBibliography();
    const entry = fromHtml(html ?? '', { fragment: true }).children.find((c): c is Element => isElement(c));
    // A numeric style's entry is its number and its words: alone, it would be number 1.
    const words = entry && (entry.children.find((c): c is Element => isElement(c) && hasClass(c, 'csl-right-inline')) ?? entry);
    if (words)
      out.set(
        item.id.toLowerCase(),
        words.children.filter((c) => c.type !== 'text' || c.value.trim()),
      );
  }
  return out;
}

/**
 * The few `style` attributes citeproc-js writes in HTML (its `@font-variant/small-caps`… outputs),
 * as classes (references.css), for the CSP; any other stops the build, naming it.
 */
const CSL_CLASSES: Record<string, string | null> = {
  'font-style:normal': 'csl-upright',
  'font-variant:small-caps': 'csl-small-caps',
  'font-variant:normal': 'csl-normal-caps',
  'font-weight:normal': 'csl-normal-weight',
  'text-decoration:none': 'csl-no-decoration',
  'text-decoration:underline': 'csl-underline',
  baseline: null, // citeproc's `@vertical-align/baseline`, which is no declaration: nothing to do
};

function cslStylesToClasses(node: Element | Root, where: string): void {
  visitParents(node, 'element', (el: Element) => {
    if (el.properties.style === undefined) return;
    const added = styleClasses(
      el.properties.style,
      (d) => CSL_CLASSES[d.replace(/\s+/g, '')],
      (d) => {
        throw new Error(
          `${where}: the citation style writes "${d}", which the page has no class for (its CSP allows no style attributes); use another style, or add the declaration to CSL_CLASSES in src/markdown/references.ts and references.css`,
        );
      },
    );
    delete el.properties.style;
    if (added.length) el.properties.className = [...classesOf(el), ...added];
  });
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

/** An entry's words without ids, for a preview. */
function copyOf(nodes: ElementContent[]): ElementContent[] {
  const copy = structuredClone(nodes);
  for (const node of copy) visitParents(node, 'element', (el: Element) => void delete el.properties.id);
  return copy;
}

/** A URL in an entry's text (a DOI's too), as a link; a sentence's closing full stop is not part of it. */
function linkAddresses(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: linkAddresses(node.children) }];
    if (node.type !== 'text') return [node];
    const out: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(/https?:\/\/[^\s<>]+[^\s<>.,;:]/g)) {
      out.push(text(node.value.slice(last, match.index)), element('a', { href: match[0] }, [text(match[0])]));
      last = match.index + match[0].length;
    }
    out.push(text(node.value.slice(last)));
    return out.filter((n) => n.type !== 'text' || n.value);
  });
}

export function rehypeReferences() {
  return async (tree: Root, file: VFile) => {
    const matter = ((file.data as { astro?: { frontmatter?: Frontmatter & Record<string, unknown> } }).astro?.frontmatter ??
      {}) as Frontmatter & Record<string, unknown>;
    const where = (line?: number) => `${articlePath(file)}${line ? `:${line}` : ''}`;
    const found = citationsIn(tree);
    if (typeof matter.bibliography !== 'string') {
      const bracketed = found.find((f) => f.text.startsWith('['));
      if (bracketed)
        throw articleError(
          file,
          bracketed.line,
          `the citation ${bracketed.text} has no bibliography to cite from; name your BibTeX file in the frontmatter (bibliography: ./references.bib) or remove the citation`,
        );
      return;
    }
    const dir = dirname(file.path);
    const bibliography = resolve(dir, matter.bibliography);
    if (!existsSync(bibliography))
      throw articleError(
        file,
        undefined,
        `the frontmatter's bibliography, "${matter.bibliography}", is no file beside the article (${bibliography}); put the BibTeX file there, or correct the path`,
      );
    const items: CslItem[] = new Cite(readFileSync(bibliography, 'utf8'), { generateGraph: false }).data;
    if (!items.length) throw new Error(`${bibliography}: no entry could be read; the bibliography must be BibTeX (@book{key, …})`);
    const known = new Map(items.map((item) => [item.id, item]));
    for (const f of found) {
      const unknown = f.keys.find((key) => !known.has(key));
      if (unknown)
        throw articleError(
          file,
          f.line,
          `the citation ${f.text} names "${unknown}", which ${matter.bibliography} does not hold; add the entry or correct the key (the keys are: ${[...known.keys()].join(', ')}). An @ that is not a citation belongs in a link or in code`,
        );
      if (f.unread)
        throw articleError(
          file,
          f.line,
          `the citation ${f.text} is in a <${f.unread}>, where citations are not read; put it in the sentence's plain text`,
        );
    }
    if (!found.length) return;

    const style = typeof matter.csl === 'string' ? matter.csl : DEFAULT_CITATION_STYLE;
    const csl = templateOf(style, dir, file.path);
    // `path: '/'`: rehype-citation joins its paths to this one; the bibliography's is absolute already.
    await citationTransformer({ bibliography, csl, path: '/', lang: LOCALE })(tree, file);
    // The cited works alone: a writer's BibTeX may hold a whole library.
    const citedIds = new Set(found.flatMap((f) => f.keys));
    const standalone = standaloneEntries(
      items.filter((item) => citedIds.has(item.id)),
      csl,
    );
    for (const entry of standalone.values()) for (const node of entry) if (isElement(node)) cslStylesToClasses(node, where());

    const t = ui(fileLang(file));
    const spans: Element[] = [];
    visitParents(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string' && node.properties.id.startsWith(REFERENCE_IDS.citation)) spans.push(node);
    });
    if (spans.length !== found.length)
      throw new Error(
        `${where()}: ${found.length} citations were written and ${spans.length} set; this is a fault of the site's, not of the article`,
      );
    const cited = new Map<string, string[]>();
    const citations = spans.map((span, i) => {
      cslStylesToClasses(span, where(found[i]!.line));
      const words = toString(span);
      if (words.includes('NO_PRINTED_FORM'))
        throw articleError(
          file,
          found[i]!.line,
          `the style ${style} has no in-text form for ${found[i]!.text}; write it in brackets, [${found[i]!.text.replace(/^-/, '')}]`,
        );
      const keys = String(span.properties.id).split('--').slice(1, -1);
      for (const key of keys) cited.set(key, [...(cited.get(key) ?? []), String(span.properties.id)]);
      return { span, keys, words, found: found[i]! };
    });

    // The entries, by the id rehype-citation gives them (`bib-` and the key, lower-cased).
    const refs = (() => {
      let hit: { node: Element; parent: Root | Element; index: number } | undefined;
      visitParents(tree, 'element', (node: Element, ancestors) => {
        if (node.properties.id !== 'refs') return;
        const parent = ancestors.at(-1) as Root | Element;
        hit = { node, parent, index: parent.children.indexOf(node) };
      });
      if (!hit) throw new Error(`${where()}: rehype-citation wrote no bibliography`);
      return hit;
    })();
    cslStylesToClasses(refs.node, where());
    const entries = refs.node.children.filter((c): c is Element => isElement(c) && typeof c.properties.id === 'string');
    const byKey = new Map(entries.map((entry) => [String(entry.properties.id).slice(REFERENCE_IDS.entry.length), entry]));
    const byLowerKey = new Map(items.map((item) => [item.id.toLowerCase(), item]));

    // Each citation: one link to its first entry; a button that opens its entries in place.
    for (const { span, keys } of citations) {
      const id = String(span.properties.id);
      const words = span.children;
      const preview = keys.flatMap((key) => {
        const entry = byKey.get(key);
        if (!entry) return [];
        return [
          element('span', { className: ['citation-preview-entry'] }, [
            ...linkAddresses(standalone.get(key) ?? copyOf(entry.children)),
            text(' '),
            element('a', { href: `#${REFERENCE_IDS.entry}${key}`, lang: t.lang('inReferences') }, [text(t('inReferences'))]),
          ]),
        ];
      });
      span.properties = { className: [ELEMENTS.citation.className], id };
      span.children = [
        element('a', { href: `#${REFERENCE_IDS.entry}${keys[0]}` }, words),
        // `hidden` until references.css shows it (only where the engine has popovers), hiding the
        // link: without CSS, in print and to Reader View the citation stays the link.
        // Its description is its entries: a screen reader says them as the button takes focus.
        element(
          'button',
          {
            type: 'button',
            className: ['citation-in-place'],
            popoverTarget: `${id}-preview`,
            ariaDescribedBy: [`${id}-preview`],
            hidden: true,
          },
          copyOf(words),
        ),
        element('span', { className: ['citation-popover'], id: `${id}-preview`, popover: 'auto', role: 'note', hidden: true }, preview),
      ];
    }

    const listed = entries.map((entry) => {
      const key = String(entry.properties.id).slice(REFERENCE_IDS.entry.length);
      const back = (cited.get(key) ?? []).flatMap((citation, i): ElementContent[] => [
        text(' '),
        element(
          'a',
          {
            href: `#${citation}`,
            className: ['reference-backref'],
            ariaLabel: t('backToCitation', { n: i + 1 }),
            lang: t.lang('backToCitation'),
          },
          [text('↩'), ...(i ? [element('sup', {}, [text(String(i + 1))])] : [])],
        ),
      ]);
      const words = linkAddresses(entry.children.filter((c) => c.type !== 'text' || c.value.trim()));
      return { key, li: element('li', { id: `${REFERENCE_IDS.entry}${key}` }, [...words, ...back]) };
    });
    const section = element(
      'section',
      { className: ['references'], dataReferences: '', role: 'doc-bibliography', ariaLabelledBy: [REFERENCES_ID] },
      [
        element('h2', { id: REFERENCES_ID, lang: t.lang('references') }, [text(t('references'))]),
        element(
          'ul',
          { className: ['reference-list'] },
          listed.map((entry) => entry.li),
        ),
      ],
    );
    refs.parent.children.splice(refs.index, 1);
    // After the notes (rehype-citation puts its list before them): the article's apparatus in the order of a book's.
    refs.parent.children.push(section as RootContent & ElementContent);

    const rendered: RenderedReferences = {
      citations: citations.toSorted((a, b) => bySource(a.found, b.found)).map((c) => c.words),
      entries: listed.map(({ key, li }) => ({ key, html: entryHtml(li), item: byLowerKey.get(key)! })),
    };
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.references = rendered;
  };
}

/** An entry's words as HTML, without its links back (the editions beyond the page add none). */
function entryHtml(li: Element): string {
  const words = li.children.filter((c) => !(isElement(c) && hasClass(c, 'reference-backref')));
  return toHtml({ type: 'root', children: words }).trim();
}

/**
 * The citations' words where the file brings those the page set (`file.data.references`: the
 * Markdown edition's tree), and the References after the notes as a list: a Markdown reader has
 * no BibTeX file to resolve `[@key]` with. The page's file brings none yet (rehypeReferences sets
 * its citations later, in HTML): there the citations stay as written.
 */
export function remarkCitations() {
  return (tree: MdastRoot, file?: VFile) => {
    const references = (file?.data as { references?: RenderedReferences } | undefined)?.references;
    if (!references) return;
    const lang = fileLang(file);
    const found: { node: MdastText; match: RegExpMatchArray; at: [number, number, number] }[] = [];
    visitParents(tree, 'text', (node: MdastText, ancestors) => {
      if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      let n = 0;
      for (const match of node.value.matchAll(CITATIONS))
        found.push({ node, match, at: [node.position?.start.line ?? 0, node.position?.start.column ?? 0, n++] });
    });
    if (found.length !== references.citations.length)
      throw new Error(
        `the Markdown edition finds ${found.length} citations where the page set ${references.citations.length}; this is a fault of the site's`,
      );
    const words = new Map(found.toSorted(bySource).map((f, i) => [f, references.citations[i]!]));
    for (const node of new Set(found.map((f) => f.node))) {
      let value = '';
      let last = 0;
      for (const f of found.filter((hit) => hit.node === node)) {
        value += node.value.slice(last, f.match.index) + words.get(f)!;
        last = f.match.index! + f.match[0].length;
      }
      node.value = value + node.value.slice(last);
    }
    const t = ui(lang);
    const entry = (html: string): MdastListItem => {
      const hast = fromHtml(`<p>${html}</p>`, { fragment: true });
      // A numeric style's number and words are blocks of the page's; here, one line.
      visitParents(hast, 'element', (el: Element) => void (el.tagName === 'div' && (el.tagName = 'span')));
      return { type: 'listItem', spread: false, children: (toMdast(hast) as MdastRoot).children as MdastListItem['children'] };
    };
    tree.children.push(
      { type: 'heading', depth: 2, children: [{ type: 'text', value: t('references') }] },
      { type: 'list', ordered: false, spread: false, children: references.entries.map((e) => entry(e.html)) },
    );
  };
}
