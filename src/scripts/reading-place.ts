/**
 * Where a reader stopped: the block (paragraph or heading) at the top of the screen, kept in the
 * reader's own browser (localStorage, per page) and forgotten once the article is read to the end.
 */
export const POSITION_KEY_PREFIX = 'reading-position:';

/**
 * The index of the block being read: the first whose bottom is below the reading line, `margin`
 * pixels from the top of the screen, given each block's top and bottom relative to the screen
 * (getBoundingClientRect).
 */
export function blockAtTop(blocks: readonly { top: number; bottom: number }[], margin = 0): number {
  const index = blocks.findIndex((b) => b.bottom > margin);
  return index === -1 ? blocks.length - 1 : index;
}

/** Whether to offer "Continue where you left off": only for a place past the start and before the end. */
export function worthOffering(index: number | null, count: number): boolean {
  return index !== null && index > 0 && index < count - 1;
}
