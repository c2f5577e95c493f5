import { currentSection } from './current-section.ts';

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
    const current = currentSection(
      headings.map((h) => h!.getBoundingClientRect().top),
      innerHeight / 3,
    );
    links.forEach((a, i) => {
      if (i === current) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    });
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  // The first update waits for the observer's first report, which comes after the page is laid
  // out and painted: measuring headings straight away would force a layout before first paint.
  const observer = new IntersectionObserver(schedule);
  headings.forEach((h) => observer.observe(h!));
}
