import { ELEMENTS, STYLESHEETS, type Stylesheet, type WriterElement } from './elements.ts';

export { STYLESHEETS, type Stylesheet } from './elements.ts';

/**
 * The toolkit stylesheets a rendered article needs, in cascade order: those of every element
 * whose marker (elements.ts) the body shows. An article of plain prose (the real one) is sent
 * none of them, so its page stays as small as it was. A lead image (shown in the header, outside
 * the body) is a picture too.
 */
export function toolkitStylesheets(html: string, { leadImage = false } = {}): Stylesheet[] {
  const used = new Set<Stylesheet>(leadImage ? [ELEMENTS.picture.stylesheet] : []);
  for (const element of Object.values(ELEMENTS) as WriterElement[]) {
    if (!element.marker.test(html)) continue;
    for (const sheet of [element.stylesheet, ...(element.shares ?? [])]) used.add(sheet);
  }
  return STYLESHEETS.filter((sheet) => used.has(sheet));
}
