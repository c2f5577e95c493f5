import type { Page } from '@playwright/test';

/**
 * The fonts a page's layout asks for: each distinct family list × size × weight × style that
 * some laid-out text is set in (text in a closed <details> or under display: none is not laid
 * out, so not counted). Each is one font the browser must find before the first view is drawn;
 * on Linux Chromium each is a synchronous request to the browser process, and most of the
 * first layout's time on our CI machine (see README, "Performance").
 */
export async function fontFaces(page: Page): Promise<Map<string, string>> {
  const faces = await page.evaluate(() => {
    const found: [string, string][] = [];
    const seen = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // checkVisibility, not getClientRects: a closed <details> keeps its content's boxes, unlaid out.
      if (!el || !node.textContent?.trim() || !el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      const face = `${s.fontFamily} ${s.fontSize} ${s.fontWeight}${s.fontStyle === 'normal' ? '' : ` ${s.fontStyle}`}`;
      if (seen.has(face)) continue;
      seen.add(face);
      found.push([face, `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`]);
    }
    return found;
  });
  return new Map(faces);
}

/** The faces as "face (first element set in it)", for a failure message. */
export function describeFaces(faces: Map<string, string>): string {
  return [...faces].map(([face, el]) => `${face} (${el})`).join('; ');
}
