/** Fills `{name}` in a template with `values`; a name with no value is an error, not a blank. Used at build and by the page's script. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`The interface string "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}
