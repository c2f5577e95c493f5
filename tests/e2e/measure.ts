import type { Page } from '@playwright/test';

/**
 * Characters per line of the article's paragraphs as laid out in the browser: every text
 * character is placed by its client rect, grouped by line, and the average is taken over full
 * lines (each paragraph's last, short line is left out).
 */
export async function charactersPerLine(page: Page, selector = '.prose p'): Promise<number> {
  return page.evaluate((sel) => {
    const lengths: number[] = [];
    for (const p of document.querySelectorAll(sel)) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      const counts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
      lengths.push(...counts.slice(0, -1));
    }
    return lengths.reduce((a, b) => a + b, 0) / lengths.length;
  }, selector);
}
