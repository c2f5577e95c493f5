import type { Language } from '../language.ts';

/**
 * English: every interface string the site writes, by key (`{name}`: a value put in, formatted
 * for the language already), and the fallback of every other language, key by key.
 */
const words = {
  skipToContent: 'Skip to content',
  by: 'By',
  updated: 'Updated',
  // {short}: "3 min", {long}: "3 minutes", in the language's own words (format.ts); a template uses either.
  minutesToRead: '{short} read',
  contents: 'Contents',
  emailArticle: 'Email this article',
  downloadEpub: 'Download EPUB',
  // Corrections and updates (src/article/notices.ts): the section's heading, an entry's kind and lead, the byline's line, the link to the file's history
  notices: 'Corrections and updates',
  correction: 'Correction',
  update: 'Update',
  corrected: 'Corrected',
  noticeLead: '{kind}, {date}:',
  articleHistory: 'Every change to this article, in its source',
  // Cite this article in other formats (APA, MLA, RIS): each one's Copy button and what it says once copied, and the list's summary
  copyFormat: 'Copy {format}',
  formatCopied: '{format} copied',
  otherFormats: 'Other formats: {formats}',
  citeArticle: 'Cite this article',
  // The short citation: Chicago's web-page note, the language's punctuation; {open} and {close}, its quotation marks
  shortCitation: '{author}, {open}{title},{close} {site}, {date}, {url}.',
  readOnlineAt: 'Read online at',
  qrCodeFor: 'QR code for {url}',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'There is no page at this address.',
  notFoundExplanation: 'There is nothing at this address. The link may be mistyped, or the page may have moved.',
  notFoundOneArticle: 'This site publishes one article:',
  // After the article's title (a link), closing the sentence
  notFoundByAuthor: ', by {author}.',
  // The article's own apparatus (src/markdown/): notes, section anchors, code and table regions
  notes: 'Notes',
  noteReference: 'Note {n}',
  backToNote: 'Back to the text of note {n}',
  linkToSection: 'Link to section: {section}',
  codeSample: 'Code sample {n}',
  codeSampleIn: 'Code sample {n}: {language}',
  table: 'Table {n}',
  tableOf: 'Table {n}: {header}',
  // Numbered figures and equations (src/markdown/numbering.ts); a caption's label, as it leads the caption
  figureLabel: 'Figure {n}',
  equationLabel: 'Equation {n}',
  captionLabel: '{label}.',
  formula: 'Formula {n}',
  // Callouts (GitHub's alert syntax: src/markdown/callouts.ts), each kind's label
  calloutNote: 'Note',
  calloutTip: 'Tip',
  calloutImportant: 'Important',
  calloutWarning: 'Warning',
  calloutCaution: 'Caution',
  // References (src/markdown/references.ts): the section's heading, a link back from an entry to a citation, a preview's link to its entry
  references: 'References',
  backToCitation: 'Back to citation {n}',
  inReferences: 'In the references',
  // The editions' own words: the EPUB's contents and cover, llms.txt
  cover: 'Cover',
  titlePage: 'Title page',
  landmarks: 'Landmarks',
  coverAlt: '{title}, by {author}',
  llmsSummary: '{site} publishes one long-form article: {title}, by {author}.',
  llmsArticle: 'Article',
  llmsEditions: 'Editions',
  llmsMarkdown: 'the article as plain Markdown',
  llmsEpub: 'the article as an EPUB 3 book',
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

/** A language's words: English's keys, each with the language's words (index.ts falls back to English key by key). */
export type Dictionary = Partial<Record<keyof typeof words, string>>;

export default {
  words,
  // “…” ‘…’
  quotes: { double: ['\u201C', '\u201D'], single: ['\u2018', '\u2019'] },
} satisfies Language;
