import { currentSection } from '../lib/current-section.ts';

/**
 * Marks the contents link of the section being read with aria-current="location".
 * Without this script the contents is a plain list of links, which is all it must be.
 */
export function watchCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.contents-list a[href^="#"]')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  if (links.length === 0 || headings.some((h) => h === null)) return;

  let scheduled = false;
  const update = () => {
    scheduled = false;
    // A section counts as "being read" once its heading passes the upper third of the screen.
    const current = currentSection(headings.map((h) => h!.getBoundingClientRect().top), innerHeight / 3);
    links.forEach((a, i) => {
      if (i === current) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    });
  };
  addEventListener('scroll', () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  addEventListener('hashchange', update);
  update();
}
