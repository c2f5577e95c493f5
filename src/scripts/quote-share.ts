/**
 * Share a quote: a selection in a paragraph offers a link that opens the page at the passage (a
 * text fragment). The control sits below the selection, next in the Tab order, and goes with the
 * selection or on Escape. Loaded on the first selection.
 */
import { copyText } from './share.ts';
import { quoteUrl, textDirective } from './text-fragment.ts';
import { announce, button } from './share-controls.ts';
import { registerAid } from './aids.ts';
import { put, words } from './strings.ts';

let tools: HTMLElement | undefined;

function remove(): void {
  tools?.remove();
  tools = undefined;
}

/**
 * The paragraph of the article body where the selection starts, and the selection within it:
 * a selection that runs on past the paragraph (three clicks select a paragraph and the break
 * after it) is quoted up to the paragraph's end. Headings, the byline and the rest: none.
 */
function selectedParagraph(selection: Selection): { paragraph: HTMLElement; range: Range } | undefined {
  if (selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const node = range.startContainer;
  const paragraph = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.prose p, .prose li, .prose blockquote');
  if (!paragraph) return undefined;
  if (!paragraph.contains(range.endContainer)) range.setEnd(paragraph, paragraph.childNodes.length);
  return range.toString().trim() ? { paragraph, range } : undefined;
}

/** Offsets of the selection within the paragraph's text. */
function offsets(paragraph: HTMLElement, range: Range): [number, number] {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

function update(canonical: string): void {
  const selection = document.getSelection();
  const selected = selection && selectedParagraph(selection);
  if (!selected) return remove();
  const { paragraph, range } = selected;
  const [start, end] = offsets(paragraph, range);
  const pageText = document.querySelector('.prose')?.textContent ?? '';
  const directive = textDirective(paragraph.textContent ?? '', start, end, pageText);
  if (!directive) return remove();
  const url = quoteUrl(canonical, directive);
  const quote = range.toString().trim();

  remove();
  tools = document.createElement('div');
  tools.className = 'quote-tools';
  tools.setAttribute('role', 'toolbar');
  put(tools, words('quote'), 'name');
  tools.append(
    button('quote-copy', words('copyQuoteLink'), async () => {
      const outcome = await copyText(navigator, url);
      announce(words(outcome === 'copied' ? 'quoteLinkCopied' : 'copyFailed'));
    }),
  );
  if (typeof navigator.share === 'function') {
    tools.append(
      button('quote-share', words('shareQuote'), () => {
        navigator.share({ title: document.title, text: `\u201C${quote}\u201D`, url }).catch(() => {});
      }),
    );
  }
  // Below the selection's last line, in page coordinates: it never covers the selected words.
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  tools.style.top = `${last.bottom + window.scrollY + 8}px`;
  tools.style.left = `${Math.max(8, Math.min(last.left + window.scrollX, document.documentElement.clientWidth - 260))}px`;
  paragraph.after(tools);
  // Tab from here reaches the control next: the paragraph takes focus (not the selection), so a
  // keyboard reader's next Tab lands on "Copy link to quote".
  if (!paragraph.hasAttribute('tabindex')) paragraph.tabIndex = -1;
  if (!paragraph.contains(document.activeElement)) paragraph.focus({ preventScroll: true });
}

export function startQuoteSharing(canonical: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('selectionchange', () => {
    // A selection still being made (a drag, Shift+arrows) settles before the control follows it.
    clearTimeout(timer);
    if (document.getSelection()?.isCollapsed) return remove();
    timer = setTimeout(() => update(canonical), 150);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && tools) {
      const inside = tools.contains(document.activeElement);
      remove();
      if (inside) document.getSelection()?.removeAllRanges();
    }
  });
  update(canonical);
}

registerAid('quote-share', { startQuoteSharing });
