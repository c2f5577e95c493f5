/** The toolkit's type on the showcase: captions, tables and note marks in the chrome's font, the BibTeX in the code's, within the font budget. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { describeFaces, fontFaces } from '../font-faces.ts';
import { BUDGET } from '../../budget.ts';

for (const width of [390, 1280]) {
  test(`its layout asks for at most ${BUDGET.showcaseFontFaces} fonts: captions, tables and note marks in the chrome's, the BibTeX in the code's, at ${width}px`, async ({
    page,
  }) => {
    await open(page, width);
    const faces = await fontFaces(page);
    expect(faces.size, describeFaces(faces)).toBeLessThanOrEqual(BUDGET.showcaseFontFaces);
    // Captions, tables and note marks are set in the very font of the byline, the BibTeX in the
    // code's: no lookup of their own. The face as font-faces.ts counts it: family, size, weight, style.
    const faceOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.fontStyle}`;
        });
    const byline = await faceOf('.byline');
    expect(await faceOf('.figure figcaption')).toBe(byline);
    expect(await faceOf('.prose td')).toBe(byline);
    expect(await faceOf('.prose [data-footnote-ref]')).toBe(byline);
    expect(await faceOf('.cite-bibtex code')).toBe(await faceOf('pre.code code'));
  });
}
