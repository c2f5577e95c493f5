/**
 * Whose the article's words are: its author's, from the year it was published, under the licence
 * the frontmatter names if any (`license`: an SPDX id or a URL). One answer for the page's foot,
 * print, the JSON-LD, the EPUB, the feed and the Markdown edition.
 */
export interface Rights {
  holder: string;
  year: number;
  /** The licence: its name as written and its address (an SPDX id's page on spdx.org). */
  license?: { name: string; url: string };
}

/** The rights of an article, from its frontmatter: its author, its publication day, its `license`. */
export function rightsOf({
  author,
  published,
  license,
}: {
  author: { name: string };
  published: Date;
  license?: string | undefined;
}): Rights {
  const rights: Rights = { holder: author.name, year: published.getUTCFullYear() };
  if (license)
    rights.license = /^https?:\/\//.test(license)
      ? { name: license, url: license }
      : { name: license, url: `https://spdx.org/licenses/${license}.html` };
  return rights;
}

/** The statement, as one line of text: "© 2023 Christian Baghai", and the licence after it where there is one. */
export function rightsText(rights: Rights): string {
  const notice = `© ${rights.year} ${rights.holder}`;
  if (!rights.license) return notice;
  const { name, url } = rights.license;
  return `${notice}. Licensed under ${name === url ? url : `${name}: ${url}`}`;
}
