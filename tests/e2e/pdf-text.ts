import { execFileSync } from 'node:child_process';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, as a reader (or a search engine) would copy it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

/**
 * The text of each page of a PDF printed right to left, in reading order: pdf.js gives Arabic
 * lines in drawing order, some letters misplaced; poppler's pdftotext puts them in reading order
 * (its bidi), with embedding marks (dropped here). One fault remains, which `rtlLetters` allows
 * for: poppler writes a lam-alef ligature's two letters alef first.
 */
export function pdfPagesRightToLeft(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  return text.replace(/[\u202A-\u202E]/g, '').split('\f').filter((page) => page.trim());
}

/** `letters`, without the alef letters, whose place in a lam-alef ligature the PDF's text loses: compares Arabic read back from paper. */
export function rtlLetters(text: string): string {
  return letters(text).replace(/[\u0622\u0623\u0625\u0627\u0671]/g, '');
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

