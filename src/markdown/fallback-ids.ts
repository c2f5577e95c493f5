import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { headingRank } from './hast.ts';

/** An id worth linking to has at least one letter or digit, in any script. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** The first of `make(1)`, `make(2)`… that no element has, marked as taken. */
function claim(taken: Set<string>, make: (n: number) => string): string {
  let n = 1;
  while (taken.has(make(n))) n++;
  const id = make(n);
  taken.add(id);
  return id;
}

/** Whether `id` is one rehype-slug makes of `text`: its slug, or a repeat of it ("intro-1"). */
function madeFrom(text: string, id: string): boolean {
  const base = slug(text);
  return id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)));
}

/**
 * After rehype-slug: every heading's id is linkable and unique on the page. One the layout or
 * the notes already use (`reserved`), or one a writer gave by hand, is numbered as github-slugger
 * numbers a repeat ("## Main" gets `main-1`); a heading of punctuation alone, whose slug is empty
 * or meaningless, gets `section-N`. Hand-written: no package does only this.
 */
export function rehypeFallbackIds(options: { reserved?: readonly string[] } = {}) {
  return (tree: Root) => {
    const headings: Element[] = [];
    // Ids a heading must not take: the layout's, and those of the body's other elements (a note's,
    // the notes heading's, which GFM names before slugging).
    const others = new Set<string>(options.reserved);
    visit(tree, 'element', (node: Element, _index, parent) => {
      const id = node.properties.id;
      // The notes' heading and the references' (references.ts) are named by their plugins.
      const notesHeading =
        parent?.type === 'element' && (parent.properties.dataFootnotes !== undefined || parent.properties.dataReferences !== undefined);
      if (headingRank(node) && !notesHeading) headings.push(node);
      else if (typeof id === 'string' && id) others.add(id);
    });
    const texts = headings.map((heading) => toString(heading));
    const named = headings.map((heading, i) => {
      const id = heading.properties.id;
      return typeof id !== 'string' || madeFrom(texts[i]!, id);
    });
    const slugger = new GithubSlugger();
    for (const id of others) slugger.occurrences[id] = 0;
    headings.forEach((heading, i) => {
      const id = heading.properties.id;
      // A writer's own id stays, unless another element has it.
      if (!named[i] && typeof id === 'string' && !others.has(id)) slugger.occurrences[id] = 0;
    });
    headings.forEach((heading, i) => {
      const id = heading.properties.id;
      if (named[i]) heading.properties.id = slugger.slug(texts[i]!);
      else if (typeof id === 'string' && others.has(id)) {
        heading.properties.id = claim(new Set(Object.keys(slugger.occurrences)), (n) => `${id}-${n}`);
        slugger.occurrences[heading.properties.id] = 0;
      }
    });
    const taken = new Set([...others, ...headings.map((heading) => String(heading.properties.id))]);
    headings.forEach((heading, i) => {
      const id = String(heading.properties.id);
      // github-slugger makes repeats unique with "-1", "-2"…: that suffix alone means nothing.
      if (MEANINGFUL.test(id.replace(/-\d+$/, ''))) return;
      taken.delete(id);
      heading.properties.id = claim(taken, (n) => (n === 1 ? `section-${i + 1}` : `section-${i + 1}-${n}`));
    });
  };
}
