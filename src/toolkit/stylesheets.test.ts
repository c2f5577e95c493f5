import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toolkitStylesheets as toolkitFeatures } from './stylesheets.ts';

test('plain prose needs none of the toolkit’s stylesheets', () => {
  assert.deepEqual(toolkitFeatures('<p>Text with a <a href="#x">link</a>.</p><header class="heading"><h2 id="x">X</h2></header>'), []);
});

test('each element calls for its own stylesheet, in cascade order', () => {
  assert.deepEqual(toolkitFeatures('<section class="table-scroll"><table><tr><td>1</td></tr></table></section>'), ['tables']);
  assert.deepEqual(toolkitFeatures('<figure class="figure figure-wide"><picture data-image="a.jpg"></picture></figure>'), ['figures']);
  assert.deepEqual(toolkitFeatures('<p><picture><img alt="x"></picture></p>'), ['figures']);
  assert.deepEqual(toolkitFeatures('<section data-footnotes class="footnotes"></section>'), ['notes', 'in-place']);
  assert.deepEqual(toolkitFeatures('<aside class="aside" role="note">x</aside>'), ['notes']);
  assert.deepEqual(toolkitFeatures('<figure class="quote"><blockquote>x</blockquote></figure>'), ['quotes']);
  assert.deepEqual(toolkitFeatures('<aside class="pull-quote" aria-hidden="true">x</aside>'), ['quotes']);
  assert.deepEqual(toolkitFeatures('<p>Run <code>npm test</code>.</p>'), ['code']);
  assert.deepEqual(toolkitFeatures('<div class="callout callout-note"><p>x</p></div>'), ['callouts']);
  assert.deepEqual(toolkitFeatures('<p><math><mi>x</mi></math></p>'), ['math']);
  assert.deepEqual(
    toolkitFeatures(
      '<p>As <span class="citation"><a href="#bib-a">(A 2003)</a></span>.</p><section class="references" data-references><h2>References</h2></section>',
    ),
    ['references', 'in-place'],
  );
  // The sheet a note and a citation open into, once for both.
  assert.deepEqual(
    toolkitFeatures('<section data-footnotes class="footnotes"></section><section class="references" data-references></section>'),
    ['notes', 'references', 'in-place'],
  );
  assert.deepEqual(toolkitFeatures('<pre><code>x</code></pre><table></table><blockquote>q</blockquote>'), ['tables', 'quotes', 'code']);
});

test('a lead image calls for the figures’ stylesheet, even over a body of plain prose', () => {
  assert.deepEqual(toolkitFeatures('<p>Text.</p>', { leadImage: true }), ['figures']);
  assert.deepEqual(toolkitFeatures('<pre><code>x</code></pre>', { leadImage: true }), ['figures', 'code']);
});
