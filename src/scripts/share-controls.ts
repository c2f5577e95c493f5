import { copyText, sectionUrl, sharePage, type ShareOutcome } from './share.ts';
import { put, words, type Words } from './strings.ts';

/** What the reader is told of a share or copy: nothing where the share sheet said it. */
const message = (outcome: ShareOutcome, copied: Words): Words =>
  outcome === 'copied' ? copied : outcome === 'failed' ? words('copyFailed') : { text: '' };

/** Says `message` in the page's live region for a few seconds (in its language, where it says one). */
export function announce(message: Words): void {
  const region = document.querySelector<HTMLElement>('.announcer');
  if (!region || !message.text) return;
  region.removeAttribute('lang');
  put(region, message);
  clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(setTimeout(() => (region.textContent = ''), 4000));
}

/** A plain button, made by script only, so there is never a button that does nothing. */
export function button(className: string, label: Words, onClick: () => unknown): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = className;
  put(el, label);
  el.addEventListener('click', onClick);
  return el;
}

/** The Share button, in the slot CSS holds open for it after the email link: nothing shown moves (no layout shift). */
export function enhanceShare(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.share[data-share-url]')) {
    (box.querySelector('.share-slot') ?? box).append(
      button('share-button', words('share'), async () => {
        announce(
          message(
            await sharePage(navigator, { title: box.dataset.shareTitle ?? document.title, url: box.dataset.shareUrl! }),
            words('linkCopied'),
          ),
        );
      }),
    );
  }
}

/** A click on a section anchor still jumps to the section, and also copies the section's URL. */
export function enhanceAnchors(canonical: string): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.anchor[href^="#"]')) {
    anchor.addEventListener('click', async () => {
      announce(
        message(await copyText(navigator, sectionUrl(canonical, decodeURIComponent(anchor.hash.slice(1)))), words('sectionLinkCopied')),
      );
    });
  }
}

/**
 * A Copy button for each block marked data-copy-label (the citation, the BibTeX entry, each code
 * sample): the block gives the button's words and what is said once copied (data-copied), in
 * its language; the button goes in the `.copy-slot` that must follow the block, whose height CSS
 * reserves when scripting is on, so the button appears without pushing the text below it down.
 */
export function enhanceCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy-label]')) {
    const slot = block.nextElementSibling;
    if (!slot?.classList.contains('copy-slot')) continue;
    slot.append(
      button('copy-button', { text: block.dataset.copyLabel!, lang: block.dataset.copyLang }, async () => {
        // A code block's region may hold its hidden name (src/markdown/hast.ts): the code is its <pre>.
        const text = (block.querySelector('pre') ?? block).textContent ?? '';
        announce(message(await copyText(navigator, text), { text: block.dataset.copied ?? '', lang: block.dataset.copiedLang }));
      }),
    );
  }
}
