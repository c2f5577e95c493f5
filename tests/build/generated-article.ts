/**
 * A long article body for size tests: `sections` sections (some repeating a title, as long
 * articles do) of ordinary paragraphs, `words` words in all (headings included).
 */
export function generatedBody({ sections, words }: { sections: number; words: number }): string {
  const vocabulary = 'the war prisoners interviews soldiers front families leaders captured conscript volunteer morale region army'.split(' ');
  const headings = Array.from({ length: sections }, (_, i) => (i % 10 === 9 ? 'Notes' : `Part ${i + 1} of the record`));
  const headingWords = headings.reduce((n, h) => n + h.split(' ').length, 0);
  const perSection = Math.floor((words - headingWords) / sections);
  let w = 0;
  const word = () => vocabulary[w++ % vocabulary.length]!;
  return headings
    .map((heading, i) => {
      const count = i === sections - 1 ? words - headingWords - perSection * (sections - 1) : perSection;
      const paragraphs: string[] = [];
      for (let left = count; left > 0; left -= 80) {
        const n = Math.min(80, left);
        const text = Array.from({ length: n }, word).join(' ');
        paragraphs.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      }
      return `## ${heading}\n\n${paragraphs.join('\n\n')}`;
    })
    .join('\n\n');
}
