/** The bits of `navigator` that sharing uses, so the logic can be tested without a browser. */
export interface ShareNavigator {
  share?: (data: { title: string; url: string }) => Promise<void>;
  clipboard?: { writeText: (text: string) => Promise<void> };
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Shares a page: the system share sheet where the browser has one (phones, Safari), otherwise
 * the URL goes to the clipboard. Closing the share sheet is "cancelled", not an error.
 */
export async function sharePage(nav: ShareNavigator, data: { title: string; url: string }): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
      // Share sheet refused (e.g. not allowed here): fall back to copying.
    }
  }
  return copyText(nav, data.url);
}

/** Copies text to the clipboard; 'failed' where there is no clipboard or permission is refused. */
export async function copyText(nav: ShareNavigator, text: string): Promise<ShareOutcome> {
  if (!nav.clipboard) return 'failed';
  try {
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** The URL of a section: the page's canonical URL with the heading's id as its fragment. */
export function sectionUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}
