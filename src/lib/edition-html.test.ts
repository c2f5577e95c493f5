import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionHtml, editionXhtml } from './edition-html.ts';

const page = 'https://user.github.io/pow-article/';
const rendered = [
  '<p>Lede with a <a href="/pow-article/feed.xml">root link</a> and a <a href="#the-interviews">jump</a>.</p>',
  '<header class="heading heading-h2"><h2 id="the-interviews">The interviews</h2><a class="anchor" aria-label="Link to section: The interviews" href="#the-interviews"><span class="anchor-mark" aria-hidden="true"></span></a></header>',
  '<p class="x" data-n="1">Text<br><img src="photo.jpg" alt="A photo"></p>',
  '<button type="button">Copy</button><script>alert(1)</script>',
].join('\n');

test('headings keep their ids; self-links, classes, ARIA, data, buttons and scripts go', () => {
  const html = editionHtml(rendered, page);
  assert.match(html, /<h2 id="the-interviews">The interviews<\/h2>/);
  assert.doesNotMatch(html, /class=|aria-|data-|<button|<script|Link to section|<header/);
  assert.match(html, /<p>Text<br><img src="https:\/\/user\.github\.io\/pow-article\/photo\.jpg" alt="A photo"><\/p>/);
});

test('every link and image URL is absolute, under the page URL', () => {
  const html = editionHtml(rendered, page);
  assert.match(html, /href="https:\/\/user\.github\.io\/pow-article\/feed\.xml"/);
  assert.match(html, /href="https:\/\/user\.github\.io\/pow-article\/#the-interviews"/);
  assert.deepEqual([...html.matchAll(/(?:href|src)="([^"]+)"/g)].filter((m) => !m[1]!.startsWith(page)), []);
});

test('as XHTML, void elements are closed; in a book, links within the article stay local', () => {
  const xhtml = editionXhtml(rendered, page, { localFragments: true });
  assert.match(xhtml, /Text<br \/><img src="[^"]+" alt="A photo" \/>/);
  assert.match(xhtml, /href="#the-interviews"/);
  assert.match(xhtml, /href="https:\/\/user\.github\.io\/pow-article\/feed\.xml"/);
});
