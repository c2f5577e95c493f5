/** References on the showcase: Pandoc citations against its BibTeX file, in Chicago author-date, on the page, on paper and in every edition. */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { drawnPages as pdfPages } from '../../article-check/printed-text.ts';
import { fakeSpeech, listenToTheEnd, spoken } from '../fake-speech.ts';
import { TEST_SITE_URL } from '../publication.ts';

// The showcase's citations as the Chicago Manual of Style's author-date system writes them
// (CMOS 17, 15.9–15.26): `[@battles2003, 12; @wiegand2015]`, `@ranganathan1931 says`,
// `[-@ranganathan1931, 258]`, `[@ranganathan1957]`, and the note's `[@wiegand2015, 45–47]`.
const CLUSTER = '(Battles 2003, 12; Wiegand 2015)';
const CITATIONS = [CLUSTER, 'Ranganathan (1931)', '(1931, 258)', '(Ranganathan 1957)', '(Wiegand 2015, 45–47)'];
// Its reference list, alphabetical, a repeated author as a 3-em dash (CMOS 15.17).
const ENTRIES = [
  'Battles, Matthew. 2003. Library: An Unquiet History. New York: W. W. Norton.',
  'Ranganathan, S. R. 1931. The Five Laws of Library Science. Madras: Madras Library Association.',
  '———. 1957. “Library Manpower in Crisis.” The Library Quarterly 27 (3): 145–57. https://doi.org/10.1086/618272.',
  'Wiegand, Wayne A. 2015. Part of Our Lives: A People’s History of the American Public Library. New York: Oxford University Press.',
];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

test.describe('references', () => {
  test('each citation reads in its sentence in Chicago author-date; the References list its works, each leading back to where it is cited', async ({
    page,
  }) => {
    await open(page, 1280);
    const prose = squash(await page.locator('.prose').evaluate((p) => (p as HTMLElement).innerText));
    expect(prose).toContain(`as in every library set up in a hurry ${CLUSTER}.`);
    expect(prose).toContain('Ranganathan (1931) says every reader has their book, and every book its reader (1931, 258).');
    expect(prose).not.toMatch(/\[-?@|@\w+ says/);
    const references = page.getByRole('region', { name: 'References' });
    const entries = references.getByRole('listitem');
    expect((await entries.allInnerTexts()).map((e) => squash(e.replace(/↩\d*/g, '')))).toEqual(ENTRIES);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'References' })).toHaveAttribute(
      'href',
      '#references',
    );
    // Back from Ranganathan 1931 to each of its two citations.
    const back = entries.nth(1).getByRole('link', { name: /^Back to citation/ });
    await expect(back).toHaveCount(2);
    await back.nth(1).click();
    const cited = page.locator(':target');
    await expect(cited).toBeInViewport();
    expect(await cited.innerText()).toBe('(1931, 258)'); // what it shows: the citation's words, its preview closed
  });

  test('without CSS, or in an engine without popovers, a citation is a link to its entry', async ({ page }) => {
    await open(page, 390);
    await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').forEach((s) => s.remove()));
    await expect(page.getByRole('button', { name: CLUSTER })).toBeHidden();
    await page.getByRole('link', { name: CLUSTER }).click();
    await expect(page).toHaveURL(/#bib-battles2003$/);
    await expect(page.locator(':target')).toContainText('Battles, Matthew. 2003.');
    await expect(page.locator(':target')).toBeInViewport();
    // The previews are not there for a page without CSS to show.
    await expect(page.getByText('In the references').first()).toBeHidden();
  });

  for (const width of [390, 1280]) {
    test(`at ${width} px a tap on a citation opens its entries in place, each whole, the page not moving; Esc closes it`, async ({
      page,
    }) => {
      await open(page, width);
      const citation = page.getByRole('button', { name: CLUSTER });
      await citation.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await citation.click();
      const preview = page.getByRole('note').filter({ hasText: 'Library: An Unquiet History' });
      await expect(preview).toBeVisible();
      await expect(preview).toBeInViewport();
      expect(squash(await preview.innerText())).toBe(`${ENTRIES[0]} In the references ${ENTRIES[3]} In the references`);
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
      await page.keyboard.press('Escape');
      await expect(preview).toBeHidden();
      await expect(citation).toBeFocused();
    });
  }

  test('by keyboard: a screen reader hears the entry as the citation takes focus, Enter opens it; the preview of a repeated author names them, and leads to the entry', async ({
    page,
  }) => {
    await open(page, 390);
    const citation = page.getByRole('button', { name: '(Ranganathan 1957)' });
    await expect(citation).toHaveAccessibleDescription(/^Ranganathan, S\. R\. 1957\. “Library Manpower in Crisis\.”/);
    await citation.focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('note').filter({ hasText: 'Library Manpower in Crisis' });
    await expect(preview).toBeVisible();
    // In the list the dash stands for the name above it; alone, the entry names its author.
    expect(squash(await preview.innerText())).toBe(
      'Ranganathan, S. R. 1957. “Library Manpower in Crisis.” The Library Quarterly 27 (3): 145–57. https://doi.org/10.1086/618272. In the references',
    );
    await preview.getByRole('link', { name: 'In the references' }).click();
    await expect(page).toHaveURL(/#bib-ranganathan1957$/);
    await expect(page.locator(':target')).toBeInViewport();
  });

  test('on paper the References print after the notes and each citation is its words, without previews or links back', async ({ page }) => {
    await open(page, 1280);
    const all = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
    for (const citation of CITATIONS) expect(all).toContain(citation);
    const list = all.slice(all.lastIndexOf('References'));
    expect(all.lastIndexOf('References')).toBeGreaterThan(all.indexOf('About forty litres a month'));
    for (const entry of ENTRIES) expect(list).toContain(entry);
    expect(all).not.toContain('In the references');
    expect(all).not.toContain('↩');
    expect(list.split('https://doi.org/10.1086/618272').length).toBe(2); // the entry's own words, not again after them
  });

  test('Listen reads each citation once, as the sentence has it, and neither the previews nor the list', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await open(page, 390);
    await page.getByRole('button', { name: 'Listen' }).click();
    await listenToTheEnd(page);
    const all = (await spoken(page)).join('\n');
    expect(all).toContain(`as in every library set up in a hurry ${CLUSTER}.`);
    expect(all.split(CLUSTER).length).toBe(2);
    expect(all).not.toContain('In the references');
    expect(all).not.toContain('Library: An Unquiet History');
  });

  test('the EPUB marks citations, the list and its entries with EPUB’s bibliography semantics; each citation leads to its entry in the book', async ({
    request,
  }) => {
    const book = unzipSync(new Uint8Array(await (await request.get('/showcase.epub')).body()));
    const chapter = new JSDOM(strFromU8(book['OEBPS/article.xhtml']!), { contentType: 'application/xhtml+xml' }).window.document;
    const type = (el: Element) => el.getAttributeNS('http://www.idpf.org/2007/ops', 'type');
    const all = [...chapter.querySelectorAll('*')];
    const bibliography = all.filter((el) => type(el) === 'bibliography');
    expect(bibliography).toHaveLength(1);
    const entries = all.filter((el) => type(el) === 'biblioentry');
    expect(entries.map((e) => squash(e.textContent?.replace(/↩\d*/g, '')))).toEqual(ENTRIES);
    const refs = all.filter((el) => type(el) === 'biblioref');
    expect(refs.map((r) => r.textContent)).toEqual(CITATIONS); // the note's last, in the notes
    for (const ref of refs) expect(chapter.getElementById(ref.getAttribute('href')!.slice(1)), ref.textContent!).not.toBeNull();
    expect(chapter.documentElement.textContent).not.toContain('In the references');
  });

  test('the feed and the Markdown edition carry the citations as words and the References as a list; JSON-LD lists the works as citation', async ({
    request,
    page,
  }) => {
    const xml = new JSDOM(await (await request.get('/feed.xml')).text(), { contentType: 'text/xml' }).window.document;
    const feed = new JSDOM(xml.getElementsByTagName('content:encoded')[0]!.textContent!).window.document;
    const links = [...feed.querySelectorAll('a')].filter((a) => CITATIONS.includes(a.textContent!));
    expect(links.map((a) => a.textContent)).toEqual(CITATIONS);
    expect(links[0]!.getAttribute('href')).toBe(`${TEST_SITE_URL}#bib-battles2003`);
    const listed = [...feed.querySelectorAll('h2')].find((h) => h.textContent === 'References')!.nextElementSibling!;
    expect([...listed.querySelectorAll('li')].map((li) => squash(li.textContent!.replace(/↩\d*/g, '')))).toEqual(ENTRIES);
    expect(feed.body.textContent).not.toContain('In the references');

    const md = await (await request.get('/showcase.md')).text();
    expect(md).toContain(`as in every library set up in a hurry ${CLUSTER}.`);
    expect(md).toContain('lends most eagerly (Wiegand 2015, 45–47).');
    expect(md).not.toMatch(/\[-?@|@\w+ says/);
    expect(md).toMatch(/## References\n\n- Battles, Matthew\. 2003\. \*Library: An Unquiet History\*\. New York: W\. W\. Norton\.\n/);
    expect(md).toContain('[https://doi.org/10.1086/618272](https://doi.org/10.1086/618272)');
    expect(md.indexOf('## References')).toBeGreaterThan(md.indexOf('[^fuel]: About forty litres'));

    await page.goto('/');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const works = ld.citation as { '@type': string; name: string; author: { name: string }[]; datePublished: string; url?: string }[];
    expect(works.map((w) => [w['@type'], w.name, w.author.map((a) => a.name).join(', '), w.datePublished])).toEqual([
      ['Book', 'Library: An Unquiet History', 'Matthew Battles', '2003'],
      ['Book', 'The Five Laws of Library Science', 'S. R. Ranganathan', '1931'],
      ['ScholarlyArticle', 'Library Manpower in Crisis', 'S. R. Ranganathan', '1957'],
      ['Book', "Part of Our Lives: A People's History of the American Public Library", 'Wayne A. Wiegand', '2015'],
    ]);
    expect(works[2]!.url).toBe('https://doi.org/10.1086/618272');
  });
});
