/**
 * A language tag's primary subtag, lower-cased: "de-AT" and "de_at" are "de". What the site's
 * per-language choices key on (dictionaries, quotation marks, voices); a tag is written as the
 * writer wrote it in the frontmatter, or as a browser reports a voice's (Android: "en_US").
 */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}
