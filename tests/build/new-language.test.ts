/**
 * A language is one file plus one line (#36): Dutch (tests/fixtures/languages/nl.ts) goes into a
 * copy of the project as src/i18n/languages/nl.ts, with its line in languages/index.ts and
 * nothing else, and an article with `lang: nl` is built in it: the page has no English
 * interface word or name, and the language's quotation marks set its quotations and its
 * citation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticle, TempProject } from './temp-project.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { englishInterface } from '../e2e/english-words.ts';

test('Dutch, added as one file and one line, runs a Dutch article’s page with no English word', async () => {
  const project = new TempProject();
  try {
    copyFileSync(join(import.meta.dirname, '../fixtures/languages/nl.ts'), join(project.root, 'src/i18n/languages/nl.ts'));
    appendFileSync(join(project.root, 'src/i18n/languages/index.ts'), "export { default as nl } from './nl.ts';\n");
    project.write(
      'content/articles/brieven.mdx',
      fixtureArticle(
        { lang: 'lang: nl', title: 'title: De brieven van de nachtdienst' },
        'Ze zei: "Schrijf dat het goed gaat." Dat was waar.[^1]\n\n## Wat ze vroegen\n\nKleine dingen.\n\n[^1]: Een noot.',
      ),
    );
    const build = await project.buildAsync();
    assert.ok(build.ok, build.output);
    const html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
    assert.match(html, /<html lang="nl" dir="ltr">/);
    assert.match(html, /Ze zei: \u201ESchrijf dat het goed gaat.\u201D/, 'Dutch marks, from the language’s file');
    assert.match(html, /\u201E<bdi>De brieven van de nachtdienst<\/bdi>\u201D/, 'the citation in the same marks');
    const server = await startStaticServer({ root: join(project.root, 'dist') });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url);
      await page.locator('.share-slot button').waitFor(); // the script's words are in
      // Words Dutch shares with English, written in the Dutch file as they are.
      const found = await englishInterface(page, ['Sepia', 'Tip']);
      assert.deepEqual([...found.unmarked, ...found.marked], [], 'no English word, marked or not');
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    project.remove();
  }
});
