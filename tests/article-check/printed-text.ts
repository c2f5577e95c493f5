/**
 * A printed PDF's text as a reader reads it: line by line from the top of each page, each line
 * in the direction of its script, pages joined, without what the printer repeats on every page
 * (page numbers, running heads). pdf.js gives text in drawing order, in which a note's number,
 * drawn after its line, can land in the middle of a paragraph that runs across a page; here each
 * piece of text goes back to the line it stands on, at its place in it.
 */
import { extractText, getDocumentProxy } from 'unpdf';

interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
}

interface Line {
  text: string;
  y: number;
}

/** The runs of text of each page, in presentation forms resolved (Arabic's shaped letters, ligatures) by NFKC. */
async function runsByPage(pdf: Uint8Array): Promise<Run[][]> {
  // A plain Uint8Array: pdf.js refuses Node's Buffer.
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: Run[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(
      items.flatMap((item) =>
        'str' in item && item.str
          ? [{ text: item.str.normalize('NFKC'), x: item.transform[4] as number, y: item.transform[5] as number, size: item.height || 10 }]
          : [],
      ),
    );
  }
  return pages;
}

/** A page's lines from the top; a run joins the line above when its baseline is within half its height of it (a raised note number stays in its line). */
function lines(runs: Run[], rtl: boolean): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y); // PDF's y grows upwards
  const grouped: Run[][] = [];
  for (const run of sorted) {
    const line = grouped.at(-1);
    if (line && line[0]!.y - run.y < run.size / 2) line.push(run);
    else grouped.push([run]);
  }
  return grouped.map((line) => ({
    y: Math.min(...line.map((r) => r.y)),
    text: line
      .sort((a, b) => (rtl ? b.x - a.x : a.x - b.x))
      .map((r) => r.text)
      .join(''),
  }));
}

/** A line as its kind: digits and spaces folded, so "1 / 3" and "2 / 3" are the same furniture. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** How many lines at a page's top and at its foot may be furniture: a running head or foot and a page's number. */
const EDGE_LINES = 2;

/**
 * The lines at a page's top or foot that stand at the same height on every page with the same
 * words but for their numbers: the page numbers and running heads the printer or the stylesheet
 * repeats.
 */
function furniture(pages: Line[][]): (line: Line, index: number, page: Line[]) => boolean {
  if (pages.length < 2) return () => false;
  const atEdge = (index: number, page: Line[]) => index < EDGE_LINES || index >= page.length - EDGE_LINES;
  const everywhere = (line: Line) =>
    pages.every((page) =>
      page.some((other, i) => atEdge(i, page) && Math.abs(other.y - line.y) < 2 && shape(other.text) === shape(line.text)),
    );
  return (line, index, page) => atEdge(index, page) && !!shape(line.text) && everywhere(line);
}

export interface PrintedText {
  /** Each page's text, as laid out, furniture included (a page's number is on it). */
  pages: string[];
  /** The whole text in reading order, pages joined, without the furniture. */
  text: string;
}

/** Reads a printed PDF; `rtl` where the page is right to left (each line then reads from the right). */
export async function readPrinted(pdf: Uint8Array, { rtl = false } = {}): Promise<PrintedText> {
  const pages = (await runsByPage(pdf)).map((runs) => lines(runs, rtl));
  const repeated = furniture(pages);
  return {
    pages: pages.map((page) => page.map((l) => l.text).join('\n')),
    text: pages
      .map((page) =>
        page
          .filter((l, i) => !repeated(l, i, page))
          .map((l) => l.text)
          .join('\n'),
      )
      .join('\n'),
  };
}

/** The PDF's text in pdf.js's drawing order, one string a page: for what the order does not matter to. */
export async function drawnPages(pdf: Uint8Array): Promise<string[]> {
  return (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text;
}
