/**
 * The fonts the layout tests are calibrated on. The page downloads no font: it names system
 * families (base.css) and each machine sets them in what it has. Measurements that depend on the
 * face (the byline's wrap at 390 px, 60–75 characters a line, the printed page count) hold for
 * the faces named here, which Debian's Chromium sets on this machine and CI's: the serif body in
 * Liberation Serif (fonts-liberation, which chromium-common installs: Chromium's own fallback for
 * a serif stack whose named faces are missing is Times New Roman, and fontconfig gives its metric
 * twin) and the sans chrome in DejaVu Sans (fonts-dejavu-core, fontconfig's default sans).
 * .ci/run installs both. On a machine with other fonts this spec names what it found: in CI it
 * fails; elsewhere it is skipped with that message, so a layout failure reads as what it is.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The fonts Chromium actually drew an element's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

const ASSUMED = { prose: 'Liberation Serif', chrome: 'DejaVu Sans' };

test('the body is set in Liberation Serif and the chrome in DejaVu Sans, the fonts the layout tests assume', async ({ page }) => {
  await page.goto('/');
  const prose = await renderedFonts(page, '.prose p');
  const byline = await renderedFonts(page, '.byline-author');
  const message = `rendered: body ${prose.join(', ')}; byline ${byline.join(', ')}. The layout tests assume ${ASSUMED.prose} (Debian: fonts-liberation) and ${ASSUMED.chrome} (fonts-dejavu-core): install them, or expect line lengths, the byline's wrap and the printed pages to differ`;
  const as = (fonts: string[], face: string) => fonts.length === 1 && fonts[0] === face;
  test.skip(!process.env.CI && !(as(prose, ASSUMED.prose) && as(byline, ASSUMED.chrome)), message);
  expect(prose, message).toEqual([ASSUMED.prose]);
  expect(byline, message).toEqual([ASSUMED.chrome]);
});
