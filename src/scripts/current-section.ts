/**
 * Which section is being read: the last heading whose top has passed `line` (a distance from
 * the top of the viewport), or -1 while the reader is still above the first heading.
 * `tops` are the headings' viewport tops, in document order.
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
