// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { ARTICLE_PIPELINE } from './src/markdown/pipeline.ts';
import { mdxSyntaxErrors } from './src/markdown/mdx-syntax-errors.ts';
import { localhostWarning, siteAddress } from './src/lib/canonical.ts';
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

export default defineConfig({
  site: address.url,
  base: address.base,
  output: 'static',
  integrations: [
    // Fenced code is highlighted at build by Shiki with the "css-variables" theme; then
    // rehypeCodeBlocks turns every style attribute into a class (code.css colours them, light and
    // dark), as the CSP allows no style attributes. Set on MDX, the article's format, and off for
    // plain Markdown (the site has none), so Astro does not warn that Shiki's inline styles break
    // the CSP: here they never reach the page.
    mdx({ syntaxHighlight: { type: 'shiki' }, shikiConfig: { theme: 'css-variables' } }),
    // sitemap-index.xml and sitemap-0.xml; the 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
  ],
  markdown: {
    syntaxHighlight: false,
    // The article's remark/rehype pipeline, in order, with its plugins: src/markdown/pipeline.ts.
    processor: unified(ARTICLE_PIPELINE),
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
    // MDX's syntax errors name the article's file and line, and what to do (npm run dev too).
    plugins: [mdxSyntaxErrors()],
    build: {
      rolldownOptions: {
        // Astro's own marker for an article's styles (`"use astro:head-inject"`, the content
        // collection's asset propagation) is a module-level directive the bundler says it may
        // not keep; Astro reads it before bundling, so the warning is noise on every build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
      // The page's one script is inlined (one request for the first view) although it is over
      // Vite's 4 KB default: its size is held by the byte budget (tests/budget.ts) instead.
      // Other assets keep the default.
      assetsInlineLimit: (file) => (file.includes('ArticleScript') ? true : undefined),
    },
  },
  devToolbar: { enabled: false },
});
