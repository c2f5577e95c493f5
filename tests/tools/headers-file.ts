/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern on its own
 * line, then indented `Name: value` lines; `#` starts a comment. In a pattern, `*` matches
 * anything and `:name` one path segment. Every rule that matches a path applies; where two set
 * the same header, the later one wins.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (patternToRegExp(rule.pattern).test(path)) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}
