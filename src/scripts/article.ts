/**
 * The article page's one script: enhancements only. Everything it touches works without it
 * (links stay links; the citation stays selectable text).
 */
import { watchCurrentSection } from './contents-spy.ts';
import { enhanceAnchors, enhanceCopyButtons, enhanceShare } from './share-controls.ts';

const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
watchCurrentSection();
enhanceShare();
enhanceAnchors(canonical);
enhanceCopyButtons();
