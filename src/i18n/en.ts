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
  // {short}: "3 min", {long}: "3 minutes", in the language's own words (format.ts); a template uses either.
  minutesToRead: '{short} read',
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
  // Reader settings
  display: 'Display',
  textSize: 'Text size',
  colours: 'Colours',
  sizeSmall: 'Small',
  sizeSmaller: 'Smaller',
  sizeDefault: 'Default',
  sizeLarger: 'Larger',
  sizeLargest: 'Largest',
  themeAuto: 'As the device',
  themeLight: 'Light',
  themeSepia: 'Sepia',
  themeDark: 'Dark',
  // Written by the page's script (client-keys.ts lists them)
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: copy the address from the address bar',
  sectionLinkCopied: 'Link to section copied',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  copyBibtex: 'Copy BibTeX',
  bibtexCopied: 'BibTeX copied',
  copyCodeSample: 'Copy code sample {n}',
  codeSampleCopied: 'Code sample {n} copied',
  listen: 'Listen',
  listenNotLoaded: 'Listen could not be loaded: check the connection, then press Listen again',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Speed',
  listenVoiceFailed: 'Listen stopped: the voice failed. Press Listen to go on from the section in view',
  listenVoiceGone: 'Listen stopped: its voice is no longer on this device',
  quote: 'Quote',
  copyQuoteLink: 'Copy link to quote',
  quoteLinkCopied: 'Link to quote copied',
  shareQuote: 'Share quote',
  whereYouLeftOff: 'Where you left off',
  continueWhereYouLeftOff: 'Continue where you left off',
  dismiss: 'Dismiss',
} as const;

export default en;
