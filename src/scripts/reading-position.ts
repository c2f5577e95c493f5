/**
 * "Continue where you left off": the page remembers, in the reader's own browser, the paragraph
 * at the top of the screen as they scroll, and on a later visit offers a link back to it. It
 * never scrolls by itself, and forgets the place once the article has been read to the end.
 */
import { blockAtTop, POSITION_KEY_PREFIX, worthOffering } from './reading-place.ts';
import { button } from './share-controls.ts';
import { put, words } from './strings.ts';

const key = POSITION_KEY_PREFIX + location.pathname;

/**
 * The reader's storage, each call guarded: reading `localStorage` throws a SecurityError where
 * storage is refused (Firefox with cookies blocked), and `setItem` a QuotaExceededError where it
 * is full. Refused, the feature quietly does nothing; full, the place is simply not kept.
 */
function storage(): { get(): string | null; set(value: string): void; remove(): void } | undefined {
  let store: Storage;
  try {
    store = localStorage;
  } catch {
    return undefined;
  }
  const attempt = <T>(run: () => T, otherwise: T): T => {
    try {
      return run();
    } catch {
      return otherwise;
    }
  };
  return {
    get: () => attempt(() => store.getItem(key), null),
    set: (value) => attempt(() => store.setItem(key, value), undefined),
    remove: () => attempt(() => store.removeItem(key), undefined),
  };
}

function offer(target: HTMLElement): void {
  const id = target.id || (target.id = 'continue-here');
  const notice = document.createElement('div');
  notice.className = 'resume';
  notice.setAttribute('role', 'region');
  put(notice, words('whereYouLeftOff'), 'name');
  const link = document.createElement('a');
  link.href = `#${id}`;
  put(link, words('continueWhereYouLeftOff'));
  const close = () => notice.remove();
  link.addEventListener('click', close);
  notice.append(link, button('resume-dismiss', words('dismiss'), close));
  // Early in the Tab order (after the skip link), though it shows at the foot of the screen.
  document.querySelector('.skip-link')?.after(notice);
}

export function rememberPlace(): void {
  const store = storage();
  const blocks = [...document.querySelectorAll<HTMLElement>('.prose > p, .prose > .heading > :is(h2, h3)')];
  if (!store || blocks.length < 3) return;
  const saved = store.get();
  const index = saved === null ? null : Number(saved);
  if (!location.hash && worthOffering(index, blocks.length)) offer(blocks[index!]!);

  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        const root = document.documentElement;
        if (root.scrollTop + innerHeight >= root.scrollHeight - 4) return store.remove(); // read to the end
        // The reading line is where the page puts a block it scrolls to (its scroll-margin-top,
        // 2rem): a paragraph whose last line ends above it is read, not the one being read.
        const at = blockAtTop(
          blocks.map((b) => b.getBoundingClientRect()),
          parseFloat(getComputedStyle(blocks[0]!).scrollMarginTop) || 0,
        );
        if (at > 0) store.set(String(at));
      }, 250);
    },
    { passive: true },
  );
}
