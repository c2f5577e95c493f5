import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';

/** Elements that belong to the page's interface, not to the article. */
const INTERFACE = new Set(['script', 'style', 'button', 'nav', 'form', 'input', 'template']);
const URL_ATTRIBUTES = ['href', 'src'] as const;

/**
 * The article body as an edition beyond the page needs it (the feed's content:encoded, the
 * EPUB): the same words, headings (with their ids, so a reader can jump within it) and links,
 * without what only the page's stylesheet and script give meaning to — each heading's
 * self-link (an empty link whose "#" is drawn by CSS), classes, ARIA and data attributes,
 * scripts and controls. Every link and image URL is made absolute against `pageUrl`, but with
 * `localFragments` a link to a place in the article (`#id`) stays as it is.
 */
export function editionTree(html: string, pageUrl: string, { localFragments = false } = {}): Root {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (INTERFACE.has(node.tagName) || hasClass(node, 'anchor') || hasClass(node, 'print-only')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (hasClass(node, 'heading')) {
      // <header class="heading"><h2 id>…</h2><a class="anchor">…</a></header> → <h2 id>…</h2>
      const heading = node.children.filter((c): c is Element => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
      parent.children.splice(index, 1, ...(heading as ElementContent[]));
      return index;
    }
    for (const name of Object.keys(node.properties)) {
      if (name === 'className' || name === 'style' || /^(aria|data)[A-Z]/.test(name)) delete node.properties[name];
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      // In a book, a link to a place in the article (a note, a section) stays inside the book.
      if (typeof value === 'string' && !(localFragments && value.startsWith('#'))) node.properties[name] = new URL(value, pageUrl).href;
    }
  });
  return tree;
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/** The edition body as HTML (for the feed). */
export function editionHtml(html: string, pageUrl: string): string {
  return toHtml(editionTree(html, pageUrl)).trim();
}

/** The edition body as XHTML (for the EPUB): void elements closed, every reference numeric. */
export function editionXhtml(html: string, pageUrl: string, options: { localFragments?: boolean } = {}): string {
  return toHtml(editionTree(html, pageUrl, options), { space: 'html', closeSelfClosing: true, closeEmptyElements: false, allowDangerousCharacters: false }).trim();
}
