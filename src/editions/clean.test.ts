import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHtml, cleanXhtml } from './clean.ts';

const page = 'https://user.github.io/pow-article/';
const rendered = [
  '<p>Lede with a <a href="/pow-article/feed.xml">root link</a> and a <a href="#the-interviews">jump</a>.</p>',
  '<header class="heading heading-h2"><h2 id="the-interviews">The interviews</h2><a class="anchor" aria-label="Link to section: The interviews" href="#the-interviews"><span class="anchor-mark" aria-hidden="true"></span></a></header>',
  '<p class="x" data-n="1">Text<br><img src="photo.jpg" alt="A photo"></p>',
  '<button type="button">Copy</button><script>alert(1)</script>',
].join('\n');

test('headings keep their ids; self-links, classes, ARIA, data, buttons and scripts go', () => {
  const html = cleanHtml(rendered, page);
  assert.match(html, /<h2 id="the-interviews">The interviews<\/h2>/);
  assert.doesNotMatch(html, /class=|aria-|data-|<button|<script|Link to section|<header/);
  assert.match(html, /<p>Text<br><img src="https:\/\/user\.github\.io\/pow-article\/photo\.jpg" alt="A photo"><\/p>/);
});

test('every link and image URL is absolute, under the page URL', () => {
  const html = cleanHtml(rendered, page);
  assert.match(html, /href="https:\/\/user\.github\.io\/pow-article\/feed\.xml"/);
  assert.match(html, /href="https:\/\/user\.github\.io\/pow-article\/#the-interviews"/);
  assert.deepEqual(
    [...html.matchAll(/(?:href|src)="([^"]+)"/g)].filter((m) => !m[1]!.startsWith(page)),
    [],
  );
});

test('as XHTML, void elements are closed; in a book, links within the article stay local', () => {
  const xhtml = cleanXhtml(rendered, page, { localFragments: true });
  assert.match(xhtml, /Text<br \/><img src="[^"]+" alt="A photo" \/>/);
  assert.match(xhtml, /href="#the-interviews"/);
  assert.match(xhtml, /href="https:\/\/user\.github\.io\/pow-article\/feed\.xml"/);
});

const toolkit = [
  '<p>Said.<sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-label="Note 1">1</a></sup><span class="sidenote" aria-hidden="true"><span class="sidenote-number">1</span>The margin copy.</span></p>',
  '<aside class="pull-quote" aria-hidden="true">Said, again, large.</aside>',
  '<figure class="figure"><picture data-image="photos/road.jpg"><source srcset="/_astro/road_a.avif 360w" type="image/avif"><img src="/_astro/road_full.jpg" srcset="/_astro/road_360.jpg 360w, /_astro/road_1160.jpg 1160w, /_astro/road_1600.jpg 1600w" sizes="42rem" alt="A road" width="1600" height="900" loading="lazy" decoding="async"></picture><figcaption>The road.</figcaption></figure>',
  '<div class="code-block"><pre class="code" role="region" aria-label="Code sample 1">x</pre><div class="copy-slot"></div></div>',
  '<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="fn-1"><p>The note. <a href="#fnref-1" data-footnote-backref>↩</a></p></li></ol></section>',
].join('\n');

test('the page’s repeats go (sidenote copies, pull quotes, Copy slots): each note and line is read once', () => {
  const html = cleanHtml(toolkit, page);
  assert.doesNotMatch(html, /margin copy|again, large|copy-slot/);
  assert.match(html, /The note\./);
});

test('a picture becomes one plain image in the feed: the page’s widest file up to 1200 px, absolute, at its own size', () => {
  const html = cleanHtml(toolkit, page);
  assert.match(
    html,
    /<figure><img src="https:\/\/user\.github\.io\/_astro\/road_1160\.jpg" alt="A road" width="1160" height="653"><figcaption>The road\.<\/figcaption><\/figure>/,
  );
  assert.doesNotMatch(html, /<picture|<source|srcset|loading=/);
});

test('a picture whose files are all wider than 1200 px gives its narrowest; one without a srcset, its fallback', () => {
  const wide = cleanHtml(
    '<picture><img src="/f.jpg" srcset="/a.jpg 2048w, /b.jpg 1600w" alt="" width="3200" height="1200"></picture>',
    page,
  );
  assert.match(wide, /<img src="https:\/\/user\.github\.io\/b\.jpg" alt="" width="1600" height="600">/);
  const small = cleanHtml('<picture><img src="/f.jpg" alt="x" width="800" height="400"></picture>', page);
  assert.match(small, /<img src="https:\/\/user\.github\.io\/f\.jpg" alt="x" width="800" height="400">/);
});

test('in a book, a picture is the book’s own copy or nothing (caption kept), and notes carry EPUB note semantics', () => {
  const held = cleanXhtml(toolkit, page, {
    localFragments: true,
    images: { 'photos/road.jpg': { href: 'images/1.jpg', width: 1160, height: 653 } },
  });
  assert.match(held, /<img src="images\/1\.jpg" alt="A road" width="1160" height="653" \/>/); // the book's copy, at its own size
  assert.match(held, /<a href="#fn-1" id="fnref-1" epub:type="noteref">1<\/a>/);
  assert.match(held, /<section epub:type="endnotes">/);
  assert.match(held, /<li id="fn-1" epub:type="endnote">/);
  const none = cleanXhtml(toolkit, page, { localFragments: true, images: {} });
  assert.doesNotMatch(none, /<img/);
  assert.match(none, /<figure><figcaption>The road\.<\/figcaption><\/figure>/);
});

test('a table cell’s alignment stays as its class in a book, whose stylesheet honours it, and goes in the feed, which has none', () => {
  const table = '<table><tr><td class="align-right" style="x">12</td></tr></table>';
  assert.match(cleanXhtml(table, page, { alignmentClasses: true }), /<td class="align-right">12<\/td>/);
  assert.match(cleanHtml(table, page), /<td>12<\/td>/);
});

test('the page’s scrolling regions lose their tab stop and every role: the edition has no page to scroll, no interface to name', () => {
  const html = cleanHtml(
    '<section class="table-scroll" tabindex="0" aria-label="Table 1"><table><tr><td>1</td></tr></table></section><div class="aside" role="note">Aside.</div>',
    page,
  );
  assert.doesNotMatch(html, /tabindex|role=|aria-/);
  assert.match(html, /<aside>Aside\.<\/aside>/);
});

// A citation and its entry, as references.ts writes them.
const cited = [
  '<p>Loans <span class="citation" id="citation--a--1"><a href="#bib-a">(A 2003)</a><button type="button" class="citation-in-place" popovertarget="citation--a--1-preview" hidden>(A 2003)</button><span class="citation-popover" id="citation--a--1-preview" popover="auto" role="note" hidden><span class="citation-preview-entry">A. 2003. <i>A Book</i>. <a href="#bib-a">In the references</a></span></span></span>.</p>',
  '<section class="references" data-references role="doc-bibliography" aria-labelledby="references"><header class="heading"><h2 id="references">References</h2><a class="anchor" href="#references"></a></header><ul class="reference-list"><li id="bib-a">A. 2003. <i>A Book</i>. <a href="#citation--a--1" class="reference-backref" aria-label="Back to citation 1">↩</a></li></ul></section>',
].join('\n');

test('a citation is its words and its link in the feed, without its preview; the References stay', () => {
  const html = cleanHtml(cited, page);
  assert.match(html, /<p>Loans <a href="https:\/\/user\.github\.io\/pow-article\/#bib-a">\(A 2003\)<\/a>\.<\/p>/);
  assert.doesNotMatch(html, /In the references|<button|popover/);
  assert.match(
    html,
    /<section><h2 id="references">References<\/h2><ul><li id="bib-a">A\. 2003\. <i>A Book<\/i>\. <a href="https:\/\/user\.github\.io\/pow-article\/#citation--a--1">↩<\/a><\/li><\/ul><\/section>/,
  );
});

test('in the EPUB a citation is a biblioref that leads to its biblioentry in a bibliography, and back', () => {
  const xhtml = cleanXhtml(cited, page, { localFragments: true, images: {} });
  assert.match(xhtml, /<span id="citation--a--1"><a href="#bib-a" epub:type="biblioref">\(A 2003\)<\/a><\/span>/);
  assert.match(
    xhtml,
    /<section epub:type="bibliography"><h2 id="references">References<\/h2><ul><li id="bib-a" epub:type="biblioentry">A\. 2003\. <i>A Book<\/i>\. <a href="#citation--a--1">↩<\/a><\/li><\/ul><\/section>/,
  );
});

test('a task list’s checkbox is its mark, ☑ or ☐, and its label only its words', () => {
  const html = cleanHtml(
    '<ul class="contains-task-list"><li class="task-list-item"><label><input type="checkbox" checked disabled> Done</label></li><li class="task-list-item"><label><input type="checkbox" disabled> To do</label></li></ul>',
    page,
  );
  assert.equal(html, '<ul><li>\u2611 Done</li><li>\u2610 To do</li></ul>');
});

test('what the page hides goes: a region’s name fallen back to English is no reader’s text', () => {
  const html = cleanHtml(
    '<section class="table-scroll" tabindex="0" aria-labelledby="r1"><span id="r1" hidden lang="en">Table 1: Year Books</span><table><tr><td>1970</td></tr></table></section>',
    page,
  );
  assert.equal(html, '<section><table><tbody><tr><td>1970</td></tr></tbody></table></section>');
});

test('in the feed a word’s language goes with its direction (a sanitiser strips both); a book keeps them', () => {
  const html = '<p>Texto.<sup><a href="#fn-1" id="fnref-1" lang="en">1</a></sup> <code dir="ltr">x</code></p>';
  assert.equal(
    cleanHtml(html, page),
    '<p>Texto.<sup><a href="https://user.github.io/pow-article/#fn-1" id="fnref-1">1</a></sup> <code>x</code></p>',
  );
  assert.match(
    cleanXhtml(html, page, { directions: true, localFragments: true }),
    /<a href="#fn-1" id="fnref-1" lang="en">1<\/a><\/sup> <code dir="ltr">x<\/code>/,
  );
});

test('a date keeps its machine-readable day in a book, and loses it in the feed, whose sanitisers strip it', () => {
  const dated = '<p><strong>Correction, <time datetime="2024-03-12">March 12, 2024</time>:</strong> Words.</p>';
  assert.equal(cleanHtml(dated, page), '<p><strong>Correction, <time>March 12, 2024</time>:</strong> Words.</p>');
  assert.match(cleanXhtml(dated, page, { times: true }), /<time datetime="2024-03-12">March 12, 2024<\/time>/);
});
