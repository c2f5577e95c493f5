/** The part of Wikimedia's html-metadata (untyped) the writer's check uses. */
declare module 'html-metadata' {
  type Vocabulary = Record<string, unknown>;
  interface Metadata {
    dublinCore?: Vocabulary;
    highwirePress?: Vocabulary;
    openGraph?: Vocabulary;
    general?: Vocabulary;
    jsonLd?: unknown;
  }
  interface HtmlMetadata {
    /** Every vocabulary it reads, from a page's HTML. */
    loadFromString(html: string): Promise<Metadata>;
  }
  const htmlMetadata: HtmlMetadata;
  export default htmlMetadata;
}
