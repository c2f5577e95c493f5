import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { remarkTypography } from './typography.ts';

/** A text set in a language: the article's, as its frontmatter says. */
const set = (markdown: string, lang: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkTypography)
      .use(remarkStringify)
      .processSync(new VFile({ value: markdown, data: { astro: { frontmatter: { lang } } } })),
  ).trim();

test('English keeps its curly quotes and apostrophes', () => {
  assert.equal(set(`She said "it's 'fine'" -- twice.`, 'en'), 'She said \u201Cit\u2019s \u2018fine\u2019\u201D \u2013 twice.');
});

test('German sets „…“ and ‚…‘, and an apostrophe stays ’', () => {
  assert.equal(
    set(`"Einsam?", fragte er. "Sie sagte 'nie'." Wie geht's?`, 'de'),
    '\u201EEinsam?\u201C, fragte er. \u201ESie sagte \u201Anie\u2018.\u201C Wie geht\u2019s?',
  );
});

test('French sets « » with narrow no-break spaces inside, and “…” within', () => {
  assert.equal(set(`Il a dit "seul".`, 'fr'), 'Il a dit \u00AB\u202Fseul\u202F\u00BB.');
});

test('Russian and Ukrainian set «…» and „…“ within; Spanish «…»', () => {
  assert.equal(set(`Он сказал "нет 'никогда'".`, 'ru'), 'Он сказал \u00ABнет \u201Eникогда\u201C\u00BB.');
  assert.equal(set(`Вона сказала "так".`, 'uk'), 'Вона сказала \u00ABтак\u00BB.');
  assert.equal(set(`Dijo "no".`, 'es'), 'Dijo \u00ABno\u00BB.');
});

test('a language with no marks of its own is set as English is', () => {
  assert.equal(set(`"Habari"`, 'sw'), '\u201CHabari\u201D');
});
