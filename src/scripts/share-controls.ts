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

/** The Share button: added by script only, so there is never a button that does nothing. */
export function enhanceShare(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.share[data-share-url]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-button';
    button.textContent = 'Share';
    button.addEventListener('click', async () => {
      const outcome = await sharePage(navigator, { title: box.dataset.shareTitle ?? document.title, url: box.dataset.shareUrl! });
      announce(MESSAGES[outcome]);
    });
    box.append(button); // after the email link: nothing already shown moves (no layout shift)
  }
}

/** A click on a section anchor still jumps to the section, and also copies the section's URL. */
export function enhanceAnchors(canonical: string): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.anchor[href^="#"]')) {
    anchor.addEventListener('click', async () => {
      const outcome = await copyText(navigator, sectionUrl(canonical, decodeURIComponent(anchor.hash.slice(1))));
      announce(outcome === 'copied' ? 'Link to section copied' : MESSAGES[outcome]);
    });
  }
}

/**
 * A Copy button for each block marked data-copy-label (the citation and the BibTeX entry),
 * placed in the `.copy-slot` that follows the block: CSS reserves the slot's height when
 * scripting is on, so the button appears without pushing the text below it down.
 */
export function enhanceCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy-label]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = `Copy ${block.dataset.copyLabel}`;
    button.addEventListener('click', async () => {
      const outcome = await copyText(navigator, block.textContent ?? '');
      announce(outcome === 'copied' ? `${capitalise(block.dataset.copyLabel!)} copied` : MESSAGES[outcome]);
    });
    const slot = block.nextElementSibling?.classList.contains('copy-slot') ? block.nextElementSibling : null;
    if (slot) slot.append(button);
    else block.after(button);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
