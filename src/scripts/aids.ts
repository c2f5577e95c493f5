/** How a reading aid loaded on first use (src/pages/aids/) hands itself to the page's script. */
export function registerAid(name: string, api: object): void {
  const w = window as unknown as { readingAids?: Record<string, object> };
  (w.readingAids ??= {})[name] = api;
}
