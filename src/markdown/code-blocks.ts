import { visit, SKIP } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { classesOf, hasClass, scrollRegion, styleClasses } from './hast.ts';
import { fileLang } from './file-lang.ts';
import { ui } from '../i18n/index.ts';
import { articlePath } from './article-error.ts';

/** Names readers know, for the languages a long-form piece is likely to show. */
const LANGUAGE_NAMES: Record<string, string> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  jsx: 'JSX',
  tsx: 'TSX',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  zsh: 'Shell',
  console: 'Shell session',
  json: 'JSON',
  html: 'HTML',
  css: 'CSS',
  md: 'Markdown',
  markdown: 'Markdown',
  mdx: 'MDX',
  yaml: 'YAML',
  yml: 'YAML',
  py: 'Python',
  python: 'Python',
  rb: 'Ruby',
  ruby: 'Ruby',
  go: 'Go',
  rust: 'Rust',
  rs: 'Rust',
  sql: 'SQL',
  c: 'C',
  cpp: 'C++',
  java: 'Java',
  diff: 'Diff',
  xml: 'XML',
  toml: 'TOML',
  r: 'R',
};

/** The accessible name of the n-th code block, in the article's language: "Code sample 1: JavaScript" ("Code sample 1" for plain text). */
export function codeLabel(n: number, language?: string, lang = 'en'): string {
  const name = language ? (LANGUAGE_NAMES[language.toLowerCase()] ?? language) : undefined;
  const t = ui(lang);
  return name && !/^(plaintext|plain|text|txt)$/i.test(name) ? t('codeSampleIn', { n, language: name }) : t('codeSample', { n });
}

/**
 * One `style` declaration Shiki writes (with Astro's "css-variables" theme) as the class that
 * code.css styles the same way: `color:var(--astro-code-token-keyword)` → `tok-keyword`.
 * Undefined for a declaration with no class, which is an error: the CSP would block it.
 */
export function declarationClass(declaration: string): string | undefined {
  const [property = '', value = ''] = declaration.split(':').map((s) => s.trim().toLowerCase());
  const colour = /^var\(--astro-code-(?:token-)?([a-z0-9-]+)\)$/.exec(value);
  if (property === 'color' && colour) return `tok-${colour[1]}`;
  if (property === 'font-style' && value === 'italic') return 'tok-italic';
  if (property === 'font-weight' && value === 'bold') return 'tok-bold';
  if (property === 'text-decoration' && value === 'underline') return 'tok-underline';
  if (property === 'user-select' && value === 'none') return 'tok-unselectable';
  return undefined;
}

/**
 * Shiki's code blocks, made safe for the CSP (each `style` becomes a class, coloured by code.css;
 * one with no class stops the build) and for the keyboard: the <pre> scrolls in a named, focusable
 * region, beside the place held for the script's Copy button.
 */
export function rehypeCodeBlocks() {
  return (tree: Root, file?: VFile) => {
    const t = ui(fileLang(file));
    let n = 0;
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !hasClass(pre, 'astro-code') || !parent || index === undefined) return;
      n++;
      const language = typeof pre.properties.dataLanguage === 'string' ? pre.properties.dataLanguage : undefined;
      delete pre.properties.style; // background and overflow: code.css
      visit(pre, 'element', (node: Element) => {
        if (node === pre || node.properties.style === undefined) return;
        const added = styleClasses(node.properties.style, declarationClass, (d) => {
          throw new Error(
            `${articlePath(file)}: code block ${n} has a style with no class (${d}); add it to src/markdown/code-blocks.ts and code.css`,
          );
        });
        delete node.properties.style;
        node.properties.className = [...classesOf(node), ...added];
        delete node.properties.class;
      });
      delete pre.properties.class;
      delete pre.properties.tabindex; // Shiki's own, lower-case: set again below as tabIndex
      pre.properties.className = ['astro-code', 'code'];
      pre.properties.dir = 'ltr'; // code reads left to right, in a right-to-left page too
      // A named, focusable region, as a table's is (table-regions.ts).
      const name = { text: codeLabel(n, language, fileLang(file)), lang: t.lang('codeSample'), id: `code-name-${n}` };
      const region = scrollRegion('code-scroll', name, pre, {
        dataCopyLabel: t('copyCodeSample', { n }),
        dataCopyLang: t.lang('copyCodeSample'),
        dataCopied: t('codeSampleCopied', { n }),
        dataCopiedLang: t.lang('codeSampleCopied'),
      });
      // The page script's Copy button ("Copy code sample 1") goes in the slot after the region,
      // as for the citation (share-controls.ts); CSS holds the slot open when scripts run.
      const slot: Element = { type: 'element', tagName: 'div', properties: { className: ['copy-slot'] }, children: [] };
      parent.children.splice(index, 1, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [region, slot],
      });
      return SKIP;
    });
  };
}
