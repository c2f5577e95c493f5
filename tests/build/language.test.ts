/**
 * The article's language runs the page (#29): what a writer gets by setting `lang`. So far: the
 * page's direction; the words of its chrome, its script and its apparatus (notes, section
 * anchors) on the page and the 404 page (src/i18n/); and the quotation marks of the language in
 * the page and every edition. (The editions' own words and the right-to-left mirroring follow.)
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { epubCheck, epubCheckMissing } from '../e2e/epubcheck.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { axeViolations, htmlProblems } from './page-checks.ts';
import { englishInterface } from '../e2e/english-words.ts';

const projects: TempProject[] = [];
after(() => projects.forEach((p) => p.remove()));

const builds = new Map<string, Promise<string>>();

/** A one-article site in a language (built once per language): its dist/ folder. */
function siteIn(lang: string): Promise<string> {
  if (!builds.has(lang)) {
    builds.set(
      lang,
      (async () => {
        const project = new TempProject().write(
          'content/articles/language.mdx',
          fixtureArticle({ lang: `lang: ${lang}` }, 'Body text.[^1]\n\n## One\n\nMore text.\n\n## Two\n\nThe end.\n\n[^1]: A note.'),
        );
        projects.push(project);
        const result = await project.buildAsync();
        assert.ok(result.ok, result.output);
        return join(project.root, 'dist');
      })(),
    );
  }
  return builds.get(lang)!;
}

async function pageIn(lang: string, file = 'index.html'): Promise<string> {
  return readFileSync(join(await siteIn(lang), file), 'utf8');
}

test('an Arabic or Hebrew article is laid out right to left, a German one left to right', async () => {
  const [ar, he, de] = await Promise.all([pageIn('ar'), pageIn('he'), pageIn('de')]);
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(he, /<html lang="he" dir="rtl">/);
  assert.match(de, /<html lang="de" dir="ltr">/);
});

/** The words of the page's chrome an English page shows, each a phrase no German page has. */
const ENGLISH_CHROME = [
  '>Notes<',
  ': Notes"',
  'Back to the text of note',
  '"Note 1"',
  'Link to section',
  'Skip to content',
  'min read',
  'Contents',
  'Email this article',
  'Download EPUB',
  'Cite this article',
  'Copy citation',
  'Display',
  'Text size',
  'As the device',
  '"Share"',
  'Continue where you left off',
];

test('a German article’s page and 404 page are in German: its chrome, its read time, and the words its script writes', async () => {
  const [page, missing] = await Promise.all([pageIn('de'), pageIn('de', '404.html')]);
  for (const phrase of [
    'Zum Inhalt springen',
    '1 Min. Lesezeit',
    '>Inhalt<',
    'Artikel per E-Mail senden',
    'EPUB herunterladen',
    'Diesen Artikel zitieren',
    'Quellenangabe kopieren',
    'Darstellung',
    'Wie das Gerät',
    '"Teilen"',
    'Dort weiterlesen, wo Sie aufgehört haben',
    '>Anmerkungen<',
    'aria-label="Anmerkung 1"',
    'aria-label="Zurück zum Text von Anmerkung 1"',
    'aria-label="Link zum Abschnitt: One"',
    'aria-label="Link zum Abschnitt: Anmerkungen"',
  ]) {
    assert.ok(page.includes(phrase), `the German page has "${phrase}"`);
  }
  for (const phrase of ENGLISH_CHROME) assert.ok(!page.includes(phrase), `no "${phrase}" on the German page`);
  assert.match(missing, /<h1 class="article-title">Seite nicht gefunden<\/h1>/);
});

test('an Arabic article’s chrome is in Arabic, its read time in Arabic words', async () => {
  const page = await pageIn('ar');
  for (const phrase of [
    'انتقل إلى المحتوى',
    'دقيقة للقراءة',
    '>المحتويات<',
    'استشهد بهذا المقال',
    '>الحواشي<',
    'aria-label="رابط إلى القسم: One"',
    'aria-label="رابط إلى القسم: الحواشي"',
  ])
    assert.ok(page.includes(phrase), `the Arabic page has "${phrase}"`);
  for (const phrase of ENGLISH_CHROME) assert.ok(!page.includes(phrase), `no "${phrase}" on the Arabic page`);
});

test('a German article’s quotations are set „…“ in the page, the Markdown, the EPUB and the feed, its apostrophes ’', async () => {
  const project = new TempProject().write(
    'content/articles/zitate.mdx',
    fixtureArticle({ lang: 'lang: de' }, `"Einsam?", fragte er. Sie sagte: "Nie 'allein'." Wie geht's?`),
  );
  projects.push(project);
  const result = await project.buildAsync();
  assert.ok(result.ok, result.output);
  const dist = join(project.root, 'dist');
  const book = unzipSync(new Uint8Array(readFileSync(join(dist, 'zitate.epub'))));
  const chapter = Object.entries(book).find(
    ([name]) => /chapter|article|text/.test(name) && name.endsWith('.xhtml') && strFromU8(book[name]!).includes('fragte'),
  )?.[1];
  const editions = {
    page: readFileSync(join(dist, 'index.html'), 'utf8'),
    markdown: readFileSync(join(dist, 'zitate.md'), 'utf8'),
    epub: chapter ? strFromU8(chapter) : '',
    feed: readFileSync(join(dist, 'feed.xml'), 'utf8'),
  };
  for (const [edition, text] of Object.entries(editions)) {
    assert.ok(text.includes('\u201EEinsam?\u201C, fragte er.'), `${edition}: „Einsam?“`);
    assert.ok(text.includes('\u201ENie \u201Aallein\u2018.\u201C'), `${edition}: ‚allein‘ within`);
    assert.ok(text.includes('geht\u2019s'), `${edition}: geht’s`);
  }
});

test(
  'an Arabic EPUB reads right to left (its spine and every document), its contents in Arabic, and passes EPUBCheck',
  { skip: epubCheckMissing() && 'EPUBCheck is not installed (apt-get install epubcheck)' },
  async () => {
    const bytes = new Uint8Array(readFileSync(join(await siteIn('ar'), 'language.epub')));
    const book = unzipSync(bytes);
    assert.match(strFromU8(book['OEBPS/content.opf']!), /<spine page-progression-direction="rtl">/);
    for (const [name, file] of Object.entries(book).filter(([n]) => n.endsWith('.xhtml')))
      assert.match(strFromU8(file), /<html [^>]*dir="rtl"/, name);
    const nav = strFromU8(book['OEBPS/nav.xhtml']!);
    assert.match(nav, /<h1>المحتويات<\/h1>/);
    assert.match(nav, />صفحة العنوان</);
    const { status, report } = epubCheck(bytes);
    assert.equal(status, 0, report);
  },
);

test('llms.txt speaks the article’s language', async () => {
  const llms = readFileSync(join(await siteIn('de'), 'llms.txt'), 'utf8');
  assert.match(llms, /^## Artikel$/m);
  assert.match(llms, /veröffentlicht einen langen Artikel: A fixture article, von Test Author\./);
});

/** Where the contents and a margin note stand beside the text on a wide screen, as the reader sees them. */
async function sides(dist: string): Promise<{ contents: 'left' | 'right'; note: 'left' | 'right'; citations: string[] }> {
  const server = await startStaticServer({ root: dist });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    const box = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const [text, contents, note] = await Promise.all([box('.prose > p'), box('nav.contents'), box('.sidenote')]);
    const side = (b: DOMRect) =>
      b.left >= text.right ? 'right' : b.right <= text.left ? 'left' : assert.fail(`overlaps the text: ${JSON.stringify(b)}`);
    // The BibTeX, then APA, MLA and RIS: each in English terms and order, whatever the page's direction.
    const citations = await page
      .locator('.cite-bibtex, .cite-styled, .cite-ris')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).direction));
    return { contents: side(contents), note: side(note), citations };
  } finally {
    await browser.close();
    await server.close();
  }
}

test('right to left, the page is mirrored: the contents at the right of the text, the margin notes at its left, the BibTeX, APA, MLA and RIS still left to right; left to right, the reverse', async () => {
  const citations = ['ltr', 'ltr', 'ltr', 'ltr'];
  assert.deepEqual(await sides(await siteIn('ar')), { contents: 'right', note: 'left', citations });
  assert.deepEqual(await sides(await siteIn('en')), { contents: 'left', note: 'right', citations });
});

test('the German and Arabic pages are valid HTML and pass axe, light and dark, phone and desktop', async () => {
  for (const lang of ['de', 'ar']) {
    const dist = await siteIn(lang);
    assert.deepEqual(await htmlProblems(readFileSync(join(dist, 'index.html'), 'utf8'), `${lang}/index.html`), []);
    assert.deepEqual(await axeViolations(dist), [], lang);
  }
});

test('in a language with no dictionary (Italian), the interface is English, and every English string and name is marked lang="en", the writer’s words not', async () => {
  const body =
    'Il testo dell’articolo.[^1]\n\n## Una sezione\n\n| Anno | Libri |\n|:---|---:|\n| 2023 | 12 |\n\n```sh\necho ciao\n```\n\n[^1]: Una nota.';
  const project = new TempProject().write(
    'content/articles/italiano.mdx',
    fixtureArticle({ lang: 'lang: it', title: 'title: Un articolo' }, body),
  );
  projects.push(project);
  const result = await project.buildAsync();
  assert.ok(result.ok, result.output);
  const server = await startStaticServer({ root: join(project.root, 'dist') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.locator('.share-slot button').waitFor(); // the script's controls are in
    await page.locator('.cite-short + .copy-slot button').click(); // and an announcement made
    const found = await englishInterface(page);
    assert.deepEqual(found.unmarked, []);
    for (const expected of [
      'Skip to content',
      'Contents',
      'Share',
      'Copy citation',
      'Notes',
      'Note 1',
      'Link to section: Una sezione',
      'Table 1: Anno Libri',
      'Code sample 1: Shell',
    ]) {
      assert.ok(
        found.marked.some((f) => f.endsWith(`: ${expected}`)),
        `"${expected}" is there, marked English: ${found.marked.join(' | ')}`,
      );
    }
    const prose = await page
      .locator('.prose > p')
      .first()
      .evaluate((p) => p.closest('[lang]')!.getAttribute('lang'));
    assert.equal(prose, 'it');
    const heading = await page
      .locator('.prose h2')
      .first()
      .evaluate((h) => h.closest('[lang]')!.getAttribute('lang'));
    assert.equal(heading, 'it');
  } finally {
    await browser.close();
    await server.close();
  }
});
