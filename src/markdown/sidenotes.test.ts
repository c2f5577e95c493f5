import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeRaw from 'rehype-raw';
import { FOOTNOTE_OPTIONS, rehypeSidenotes } from './sidenotes.ts';

async function render(markdown: string): Promise<string> {
  return String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, FOOTNOTE_OPTIONS)
      .use(rehypeSidenotes)
      .use(rehypeStringify)
      .process(markdown),
  );
}

const text =
  'The prisoners spoke freely.[^1] Both were in their twenties.[^age]\n\n[^1]: Kyiv Post, [22 November 2023](https://www.kyivpost.com/).\n\n[^age]: As they said.\n';

test('each reference is named "Note n" and its note is copied beside it, hidden from assistive technology', async () => {
  const html = await render(text);
  assert.match(
    html,
    /<a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label" aria-label="Note 1">1<\/a><button [^>]*>1<\/button><\/sup><span class="sidenote" aria-hidden="true"><span class="sidenote-number">1<\/span><span class="sidenote-paragraph">Kyiv Post, <a href="https:\/\/www.kyivpost.com\/" tabindex="-1">22 November 2023<\/a>\.<\/span><\/span>/,
  );
  assert.match(
    html,
    /aria-label="Note 2">2<\/a><button [^>]*>2<\/button><\/sup><span class="sidenote" aria-hidden="true"><span class="sidenote-number">2<\/span><span class="sidenote-paragraph">As they said\.<\/span>/,
  );
});

test('each reference is also a button that opens its note in place (a popover, hidden until CSS shows it), named as the link is, its links tab stops', async () => {
  const html = await render(text);
  assert.match(
    html,
    /<button type="button" class="note-in-place" popovertarget="fn-1-in-place" aria-label="Note 1" hidden>1<\/button><\/sup>/,
  );
  assert.match(
    html,
    /<span class="note-popover" id="fn-1-in-place" popover="auto" role="note" aria-label="Note 1" hidden><span class="sidenote-number">1<\/span><span class="sidenote-paragraph">Kyiv Post, <a href="https:\/\/www.kyivpost.com\/">22 November 2023<\/a>\.<\/span><\/span>/,
  );
});

test('the numbered notes stay at the end under a visible "Notes" heading, each with a named link back', async () => {
  const html = await render(text);
  assert.match(html, /<section data-footnotes class="footnotes"><h2 class="notes-heading" id="footnote-label">Notes<\/h2>/);
  assert.match(html, /<li id="fn-1">[\s\S]*?<a href="#fnref-1" data-footnote-backref="" aria-label="Back to the text of note 1"/);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'the copies carry no ids');
});

test('a note of more than paragraphs stays at the end only; a note referred to twice is copied once', async () => {
  const html = await render('One.[^list] Two.[^n] Three.[^n]\n\n[^list]: Items:\n\n    - a\n    - b\n\n[^n]: Once.\n');
  assert.equal(html.match(/class="sidenote"/g)?.length, 1);
  assert.match(html, /<span class="sidenote-number">2<\/span><span class="sidenote-paragraph">Once\.<\/span>/);
});

test('a note referred to from a table cell stays at the end only: a margin copy would float inside the cell', async () => {
  const html = await render(
    '| Town | Visits |\n|---|---:|\n| Lviv[^t] | 3 |\n\nAfter the table.[^p]\n\n[^t]: In the old town.\n\n[^p]: Counted once.\n',
  );
  assert.equal(html.match(/class="sidenote"/g)?.length, 1);
  assert.doesNotMatch(html, /<td>[^]*class="sidenote"[^]*<\/td>/);
  assert.match(
    html,
    /<td>Lviv<sup><a href="#fn-t" id="fnref-t" data-footnote-ref aria-describedby="footnote-label" aria-label="Note 1">1<\/a><\/sup><\/td>/,
  );
  assert.match(html, /<li id="fn-t">/);
});

test("a note's copies hold no controls: a citation in a note keeps its button and preview in the note itself, its link in the copies", async () => {
  // What references.ts makes of a citation in the note: a link, a button, its preview.
  const citation =
    '<span class="citation"><a href="#bib-a">(A 2003)</a><button type="button" popovertarget="p1" hidden>(A 2003)</button><span id="p1" popover="auto" hidden>A. 2003. A Book.</span></span>';
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { ...FOOTNOTE_OPTIONS, allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSidenotes)
      .use(rehypeStringify)
      .process(`Text.[^1]\n\n[^1]: Cited ${citation}.\n`),
  );
  const copies = [...html.matchAll(/<span class="(?:sidenote|note-popover)"[^>]*>(.*?)<\/span><\/span>(?=<span|<\/p>)/g)].map((m) => m[1]!);
  assert.equal(copies.length, 2);
  for (const copy of copies) {
    assert.match(copy, /<a href="#bib-a"( tabindex="-1")?>\(A 2003\)<\/a>/);
    assert.doesNotMatch(copy, /<button|popover=|A Book/);
  }
  assert.match(
    html,
    /<li id="fn-1">.*<button type="button" popovertarget="p1" hidden>\(A 2003\)<\/button><span id="p1" popover="auto" hidden>A\. 2003\. A Book\.<\/span>/s,
  );
});
