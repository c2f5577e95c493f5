/**
 * English: every interface string the page's chrome writes, by key; `{name}` marks a value put
 * in (numbers and dates arrive already formatted for the language). English is also the
 * fallback of every other language, key by key (index.ts). The reading aids' strings (written
 * by src/scripts/), the notes' heading and the section anchors' names (src/markdown/) and the
 * editions' are not here yet: #29 brings them.
 */
const en = {
  skipToContent: 'Skip to content',
  by: 'By',
  updated: 'Updated',
  minutesToRead: '{minutes} min read',
  contents: 'Contents',
  emailArticle: 'Email this article',
  downloadEpub: 'Download EPUB',
  citeArticle: 'Cite this article',
  readOnlineAt: 'Read online at',
  qrCodeFor: 'QR code for {url}',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'There is no page at this address.',
  notFoundExplanation: 'There is nothing at this address. The link may be mistyped, or the page may have moved.',
  notFoundOneArticle: 'This site publishes one article:',
} as const;

export default en;
