// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkSmartypants from 'remark-smartypants';
import rehypeSlug from 'rehype-slug';
import { rehypeFallbackIds } from './src/lib/fallback-ids.ts';
import { LAYOUT_IDS } from './src/site.ts';
import { rehypeSectionAnchors } from './src/lib/section-anchors.ts';
import { rehypeTableRegions } from './src/lib/table-regions.ts';
import { FOOTNOTE_OPTIONS, rehypeSidenotes } from './src/lib/sidenotes.ts';
import { rehypeCodeBlocks } from './src/lib/code-blocks.ts';
import { remarkImageAlt } from './src/lib/image-alt.ts';
import { localhostWarning, siteAddress } from './src/lib/canonical.ts';
import { SMARTYPANTS_OPTIONS } from './src/lib/typography.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script Astro does not process (it must run in <head>, before the first paint,
// to apply the reader's settings): its hash goes into the CSP by hand.
const applySettings = readFileSync(new URL('./src/scripts/apply-settings.js', import.meta.url), 'utf8');
const applySettingsHash = `sha256-${createHash('sha256').update(applySettings).digest('base64')}`;

// Where the site lives: SITE_URL (which may carry a path: https://user.github.io/pow-article/),
// else the deploy URL of the host building it (Netlify, Cloudflare Pages, Vercel), else
// http://localhost:4321 for `npm start` and the tests. Astro's `site` and `base` both come from it,
// so every URL the site writes keeps the path. A bad SITE_URL stops here, naming what is wrong.
const address = siteAddress();
const warning = localhostWarning(address);
if (warning) console.warn(`\n[site] ${warning}\n`);

// remark-smartypants types itself as a plugin on any unist tree; Astro wants one on mdast.
const smartypants = /** @type {import('@astrojs/markdown-remark').RemarkPlugin} */ (remarkSmartypants);

export default defineConfig({
  site: address.url,
  base: address.base,
  output: 'static',
  integrations: [
    mdx(),
    // sitemap-index.xml and sitemap-0.xml; the 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
  ],
  markdown: {
    // Fenced code is highlighted at build by Astro's Shiki with the "css-variables" theme; then
    // rehypeCodeBlocks turns every style attribute into a class (code.css colours them, light and
    // dark), as the CSP allows no style attributes.
    syntaxHighlight: { type: 'shiki' },
    shikiConfig: { theme: 'css-variables' },
    // Astro 7's default processor (Sätteri) runs no remark/rehype plugins, so we ask for unified.
    // Typography comes only from remark-smartypants (Astro's built-in pass is off so it runs once);
    // rehype-slug sets heading ids (and Astro's own id pass keeps them); headings of punctuation
    // alone get section-N ids, and one that would repeat an id of the layout's is numbered
    // ("main-1"); then each h2/h3 gets its self-link.
    processor: unified({
      smartypants: false,
      // The options (src/lib/typography.ts) are shared with the Markdown edition.
      remarkPlugins: [[smartypants, SMARTYPANTS_OPTIONS], remarkImageAlt],
      // GFM footnotes: a visible "Notes" heading, ids fn-1/fnref-1; rehypeSidenotes copies each
      // note beside its reference for wide screens (notes.css).
      remarkRehype: FOOTNOTE_OPTIONS,
      rehypePlugins: [rehypeSlug, [rehypeFallbackIds, { reserved: Object.values(LAYOUT_IDS) }], rehypeSectionAnchors, rehypeTableRegions, rehypeSidenotes, rehypeCodeBlocks],
    }),
  },
  build: {
    // One request for the first view: every stylesheet is inlined into the HTML.
    inlineStylesheets: 'always',
  },
  security: {
    // A <meta> CSP with hashes of every script and style Astro emits (build only, not `astro dev`).
    csp: {
      // connect-src 'self': the page fetches nothing itself, but crawlers and auditors that
      // fetch /robots.txt or /llms.txt from inside the page (Lighthouse does) need it.
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (applySettingsHash)] },
      directives: ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'"],
    },
  },
  vite: {
    build: {
      // The page's one script is inlined (one request for the first view) although it is over
      // Vite's 4 KB default: its size is held by the byte budget (tests/budget.ts) instead.
      // Other assets keep the default.
      assetsInlineLimit: (file) => (file.includes('ArticleScript') ? true : undefined),
    },
  },
  devToolbar: { enabled: false },
});
