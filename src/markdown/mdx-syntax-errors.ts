import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** What to do about MDX's own syntax errors: a `<` or a `{` in prose that MDX reads as code. */
const HINT =
  'MDX reads "<" as the start of a tag and "{" as the start of JavaScript: close every tag as JSX does (<br />, not <br>), and write \\< or \\{ for the character itself';

const WRAPPED = Symbol('mdx-syntax-errors');

/**
 * MDX's own syntax errors, as the project's checks name theirs: "content/articles/a.mdx:14:75:
 * Expected a closing tag for `<br>` …", then what to do. @mdx-js/mdx says "(14:75-14:79)" with
 * no file, which `npm run dev` prints as it is. Its Vite plugin (@astrojs/mdx's) is wrapped, not
 * forked: only a failing transform's error changes.
 */
export function mdxSyntaxErrors(): Plugin {
  return {
    name: 'long-form:mdx-syntax-errors',
    configResolved(config) {
      const mdx = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform;
      // configResolved runs once an environment, on the same plugin: wrap it once.
      if (!transform || typeof transform !== 'object' || WRAPPED in transform.handler) return;
      const handler = transform.handler;
      transform.handler = async function (this: unknown, ...args: Parameters<typeof handler>) {
        try {
          return await handler.apply(this as never, args);
        } catch (error) {
          const e = error as Error & { line?: number; column?: number; source?: string };
          // micromark's and mdast-util's MDX extensions; the message's own place is the tag's, the error's its block's.
          if (e.line && /mdx/.test(e.source ?? '')) {
            const [, line = e.line, column = e.column ?? 1] = / \((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(e.message) ?? [];
            e.message = `${relative(process.cwd(), String(args[1]))}:${line}:${column}: ${e.message.replace(/ \(\d+:\d+(-\d+:\d+)?\)/, '')}. ${HINT}`;
            // And the location Astro prints under it (@astrojs/mdx set it from the block's place).
            const place = { line: Number(line), column: Number(column) };
            Object.assign(e, place, { loc: { ...(e as { loc?: object }).loc, ...place } });
          }
          throw e;
        }
      };
      Object.assign(transform.handler, { [WRAPPED]: true });
    },
  };
}
