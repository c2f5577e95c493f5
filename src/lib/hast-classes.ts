import type { Element } from 'hast';

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
