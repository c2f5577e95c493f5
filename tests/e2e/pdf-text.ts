import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, as a reader (or a search engine) would copy it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

/**
 * The text of each page in the order it stands on the page, line by line from the top (as a
 * reader reads it), whatever order the printer wrote it in: Firefox writes some boxes' text
 * (the byline, here) after the rest of their page.
 */
export async function pdfPagesAsLaidOut(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    const runs = items
      .flatMap((item) => ('str' in item && item.str ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, size: item.height || 10 }] : []))
      .sort((a, b) => b.y - a.y); // from the top: PDF's y grows upwards
    // A run belongs to the line above when its baseline is within half its height of that
    // line's: a superscript (a note's number) stays in its line.
    const lines: (typeof runs)[] = [];
    for (const run of runs) {
      const line = lines.at(-1);
      if (line && line[0]!.y - run.y < run.size / 2) line.push(run);
      else lines.push([run]);
    }
    pages.push(lines.map((line) => line.sort((a, b) => a.x - b.x).map((run) => run.text).join('')).join('\n'));
  }
  return pages;
}

/** Letters and digits only, lower-cased: compares texts whatever the line breaks, hyphenation and typography. */
export function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Visible text of the screen chrome, none of which belongs on paper. The section anchors show
 * "#" (drawn by CSS), which nothing else on the page contains.
 */
export const SCREEN_ONLY = ['Skip to content', 'Display', 'Text size', 'Colours', 'Contents', '#', 'publishes one article', 'Email this article', 'Download EPUB', 'Share', 'Copy citation', 'Copy BibTeX', 'Copy code sample'];
