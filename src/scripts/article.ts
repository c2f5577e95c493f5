/**
 * The article page's one script: enhancements only. Everything it touches works without it
 * (links stay links; the citation stays selectable text).
 */
import { watchCurrentSection } from './contents-spy.ts';
import { enhanceAnchors, enhanceCopyButtons, enhanceShare } from './share-controls.ts';

/**
 * Runs once the first frame is painted (a frame callback, then a task after it): the text
 * paints first, and the enhancements' layout work is not on the path to the largest paint.
 * Their places are held open by CSS, so nothing moves when they arrive.
 */
function afterFirstPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  watchCurrentSection();
  enhanceShare();
  enhanceAnchors(canonical);
  enhanceCopyButtons();
});
