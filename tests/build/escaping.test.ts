/**
 * A title is data, never markup: a fixture whose title and description hold `</script>`,
 * a script and `<b>` must show them as literal text in the page, <title>, meta tags and
 * JSON-LD, and run nothing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { launchChromium } from '../chromium.ts';
import { watchProblems } from '../console-guard.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { SITE } from '../../src/site.ts';
import { fixtureArticle, TempProject } from './temp-project.ts';

const TITLE = '</script><script>window.pwned = 1</script> <b>Bold</b> & "quoted"';
const DESCRIPTION = 'A hostile fixture: </script><script>window.pwned = 2</script> and <img src=x onerror="window.pwned=3">.';

const project = new TempProject();
let html: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;

before(async () => {
  project.write(
    'content/articles/hostile.mdx',
    fixtureArticle({ title: `title: '${TITLE}'`, description: `description: '${DESCRIPTION}'` }, 'Body.'),
  );
  const build = project.build();
  assert.ok(build.ok, build.output);
  html = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
  server = await startStaticServer({ root: join(project.root, 'dist') });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

test('parsed as HTML, the page holds no element from the frontmatter', () => {
  // Inside a quoted attribute `<` is only text, so parse the page as a browser would.
  const tree = unified().use(rehypeParse).parse(html);
  const elements: Element[] = [];
  visit(tree, 'element', (e: Element) => void elements.push(e));
  // Executable scripts only: the JSON-LD data block holds the title as a JSON string, checked below.
  const scripts = elements.filter((e) => e.tagName === 'script' && e.properties.type !== 'application/ld+json').map((e) => toString(e));
  assert.ok(scripts.length > 0);
  assert.ok(!scripts.some((s) => s.includes('window.pwned =')), 'no script element made from the title');
  assert.equal(elements.filter((e) => e.tagName === 'b' || e.tagName === 'img').length, 0, 'no <b> or <img> element');
  const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  assert.ok(jsonLd, 'the JSON-LD element is whole: nothing in it closed it early');
  assert.equal(JSON.parse(jsonLd[1]!).headline, TITLE);
});

test('share targets read the title and description as literal text', async () => {
  const { result } = await ogs({ html });
  assert.equal(result.ogTitle, TITLE);
  assert.equal(result.ogDescription, DESCRIPTION);
  assert.equal(result.twitterTitle, TITLE);
  assert.equal((result.jsonLD?.[0] as { headline: string }).headline, TITLE);
});

test('in the browser the title is text, and nothing runs', async () => {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.url);
  assert.equal(await page.title(), `${TITLE} · ${SITE.name}`); // the site's name, whatever the writer called it
  assert.equal(await page.locator('h1').textContent(), TITLE);
  assert.equal(await page.locator('h1 b').count(), 0);
  assert.equal(await page.locator('.article-dek').textContent(), DESCRIPTION);
  assert.equal(await page.evaluate(() => (window as { pwned?: number }).pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, [], 'no console error or CSP violation');
  await page.close();
});
