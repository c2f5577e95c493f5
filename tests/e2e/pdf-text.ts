import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, as a reader (or a search engine) would copy it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

/** Letters and digits only, lower-cased: compares texts whatever the line breaks, hyphenation and typography. */
export function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
