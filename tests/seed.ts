import { readFileSync } from 'node:fs';

/**
 * The article's source text as the publisher gave it (tests/fixtures/seed.txt, a verbatim copy):
 * title, author, Medium's "3 min read" and date, then the paragraphs.
 */
export function readSeed(path = new URL('./fixtures/seed.txt', import.meta.url)) {
  const [title, meta, ...paragraphs] = readFileSync(path, 'utf8')
    .trim()
    .split(/\n{2,}/);
  const [author, readLine] = meta!.split('\n');
  const date = /(\w{3}) (\d{1,2}), (\d{4})$/.exec(readLine!);
  if (!date) throw new Error(`no date in seed line "${readLine}"`);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(date[1]!) + 1;
  const published = `${date[3]}-${String(month).padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
  const minutes = /^(\d+) min read/.exec(readLine!);
  if (!minutes) throw new Error(`no read time in seed line "${readLine}"`);
  /** The source's own read time ("3 min read" on Medium): an expectation independent of our code. */
  const readTime = `${minutes[1]} min read`;
  return { title: title!, author: author!, published, readTime, paragraphs };
}
