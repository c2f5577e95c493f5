/** What we need of a collection entry to name it in an error. */
export interface EntryLike {
  id: string;
  filePath?: string;
}

/**
 * The site publishes exactly one article. Zero or several files in the collection is a
 * mistake we stop the build for, naming what was found, rather than pick one silently.
 */
export function onlyArticle<T extends EntryLike>(entries: readonly T[], dir: string): T {
  if (entries.length === 1) return entries[0]!;
  const found =
    entries.length === 0
      ? 'found none'
      : `found ${entries.length}: ${entries
          .map((e) => e.filePath ?? e.id)
          .sort()
          .join(', ')}`;
  throw new Error(`${dir} must hold exactly one article (.mdx); ${found}.`);
}
