import { isElement } from 'hast-util-is-element';
import type { Element, ElementContent, Properties } from 'hast';

/**
 * The hast idioms the pipeline's plugins and the editions share, written once. Element and
 * heading tests come from unified's own utilities (hast-util-is-element, hast-util-heading-rank),
 * re-exported here so every plugin asks them the same way.
 */
export { isElement } from 'hast-util-is-element';
export { headingRank } from 'hast-util-heading-rank';

/**
 * An element's classes, however the step before wrote them: hast's `className` list, or a
 * `class` string (Astro's Shiki step writes that). Hand-written: hast-util-classnames adds
 * classes but does not read them, and hast-util-select's `.name` matching is a parser for a test
 * this short.
 */
export function classesOf(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Whether the element has the class `name`. */
export function hasClass(node: Element, name: string): boolean {
  return classesOf(node).includes(name);
}

/** An element's child elements named `tagName` (a <picture>'s <img>, a <table>'s <caption>). */
export function childElements(node: Element, tagName: string | readonly string[]): Element[] {
  return node.children.filter((c): c is Element => isElement(c, tagName as string | string[]));
}

/**
 * Whether the element is one of GFM's numbered notes at the end: `<li id="fn-1">` (remark-rehype
 * with the `fn-` ids of FOOTNOTE_OPTIONS, sidenotes.ts).
 */
export function isNote(node: Element): boolean {
  return node.tagName === 'li' && typeof node.properties.id === 'string' && node.properties.id.startsWith('fn-');
}

/**
 * A named, keyboard-focusable region that scrolls sideways on its own (a table's, a code
 * block's), so the page never does at 320 px: a <section> with a name is a region landmark,
 * announced and listed by screen readers, and it scrolls, so the keyboard must reach it.
 */
export function scrollRegion(className: string, name: string | RegionName, content: ElementContent, more: Properties = {}): Element {
  const { text, lang, id } = typeof name === 'string' ? { text: name, lang: undefined, id: '' } : name;
  if (!lang)
    return {
      type: 'element',
      tagName: 'section',
      properties: { className: [className], tabIndex: 0, ariaLabel: text, ...more },
      children: [content],
    };
  // An aria-label is read in the language of the region, its content's: a name of another
  // language is a hidden element's text, marked with its own, and names the region by reference.
  const label: Element = {
    type: 'element',
    tagName: 'span',
    properties: { id, hidden: true, lang },
    children: [{ type: 'text', value: text }],
  };
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: [className], tabIndex: 0, ariaLabelledBy: [id], ...more },
    children: [label, content],
  };
}

/** A region's name: its words, and where they are not in the page's language (an interface string fallen back to English), that language and an id for the element that holds them. */
export interface RegionName {
  text: string;
  lang: string | undefined;
  id: string;
}

/**
 * A `style` attribute's declarations as classes, for the CSP (which blocks style attributes):
 * `classify` names each declaration's class (null: nothing needed), and a declaration it has no
 * class for goes to `unknown`, which throws the build's error. Shiki's styles (code-blocks.ts)
 * and Temml's (math.ts).
 */
export function styleClasses(
  style: unknown,
  classify: (declaration: string) => string | null | undefined,
  unknown: (declaration: string) => never,
): string[] {
  return String(style)
    .split(';')
    .filter((d) => d.trim())
    .map((d) => {
      const c = classify(d);
      return c === undefined ? unknown(d.trim()) : c;
    })
    .filter((c): c is string => c !== null);
}
