import { copyText, sectionUrl, sharePage, type ShareOutcome } from '../lib/share.ts';

const MESSAGES: Record<ShareOutcome, string> = {
  shared: '',
  cancelled: '',
  copied: 'Link copied',
  failed: 'Could not copy: copy the address from the address bar',
};

/** Says `message` in the page's live region for a few seconds. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('.announcer');
  if (!region || !message) return;
  region.textContent = message;
  clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(setTimeout(() => (region.textContent = ''), 4000));
}

/** Announces the outcome of a copy: `copiedMessage` when it worked, why not when it did not. */
function announceCopy(outcome: ShareOutcome, copiedMessage: string): void {
  announce(outcome === 'copied' ? copiedMessage : MESSAGES[outcome]);
}

/** A plain button, made by script only, so there is never a button that does nothing. */
export function button(className: string, label: string, onClick: () => unknown): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = label;
  el.addEventListener('click', onClick);
  return el;
}

/** The Share button, in the slot CSS holds open for it after the email link: nothing shown moves (no layout shift). */
export function enhanceShare(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.share[data-share-url]')) {
    (box.querySelector('.share-slot') ?? box).append(
      button('share-button', 'Share', async () => {
        announce(MESSAGES[await sharePage(navigator, { title: box.dataset.shareTitle ?? document.title, url: box.dataset.shareUrl! })]);
      }),
    );
  }
}

/** A click on a section anchor still jumps to the section, and also copies the section's URL. */
export function enhanceAnchors(canonical: string): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.anchor[href^="#"]')) {
    anchor.addEventListener('click', async () => {
      announceCopy(await copyText(navigator, sectionUrl(canonical, decodeURIComponent(anchor.hash.slice(1)))), 'Link to section copied');
    });
  }
}

/**
 * A Copy button for each block marked data-copy-label (the citation and the BibTeX entry),
 * placed in the `.copy-slot` that must follow the block: CSS reserves the slot's height when
 * scripting is on, so the button appears without pushing the text below it down.
 */
export function enhanceCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy-label]')) {
    const label = block.dataset.copyLabel!;
    const slot = block.nextElementSibling;
    if (!slot?.classList.contains('copy-slot')) continue;
    slot.append(
      button('copy-button', `Copy ${label}`, async () => {
        announceCopy(await copyText(navigator, block.textContent ?? ''), `${capitalise(label)} copied`);
      }),
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
