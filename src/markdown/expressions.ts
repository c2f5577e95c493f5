import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articleError } from './article-error.ts';

/** The names an article's expressions may use: what MDX gives every article in Astro. */
const KNOWN = new Set(['frontmatter', 'props', 'undefined', 'NaN', 'Infinity']);

type EstreeNode = { type: string; [key: string]: unknown };

/** The names an expression reads, but not its object keys, members after a dot, or a function's own parameters. */
function namesRead(node: unknown, bound = new Set<string>(), out = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const child of node) namesRead(child, bound, out);
    return out;
  }
  const n = node as EstreeNode;
  if (n.type === 'Identifier') {
    if (!bound.has(n.name as string)) out.add(n.name as string);
    return out;
  }
  if (n.type === 'MemberExpression') {
    namesRead(n.object, bound, out);
    if (n.computed) namesRead(n.property, bound, out);
    return out;
  }
  if (n.type === 'Property') {
    if (n.computed) namesRead(n.key, bound, out);
    namesRead(n.value, bound, out);
    return out;
  }
  if (/Function/.test(n.type)) {
    const own = new Set(bound);
    for (const param of n.params as EstreeNode[]) for (const name of namesRead(param)) own.add(name);
    namesRead(n.body, own, out);
    return out;
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'range' && key !== 'position') namesRead(value, bound, out);
  return out;
}

/**
 * In MDX `{…}` in prose is JavaScript: `{roughly}` reads a name the article does not have, and
 * Astro fails as it renders the page with "roughly is not defined", naming neither the file nor
 * the line. Here the build stops at such an expression, naming both and what to write instead.
 * A comment (`{/* … *\/}`) and an expression of the names every article has are left alone.
 */
export function remarkExpressions() {
  return (tree: Root, file?: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return;
      const unknown = [...namesRead((node.data as { estree?: unknown } | undefined)?.estree)].filter(
        (name) => !KNOWN.has(name) && !(name in globalThis),
      );
      if (unknown.length) {
        throw articleError(
          file,
          node,
          `{${node.value}} is read by MDX as JavaScript, and the article has nothing called "${unknown[0]}"; to write the braces themselves, put a backslash before the first: \\{${node.value}}`,
        );
      }
    });
  };
}
