/** Common English words, for generated text that compresses like prose rather than like a pattern. */
const VOCABULARY = `the of and to in a is that for it as was with be by on not he this are or his from at which but have an
they you were her she there one all we their been has would when who will more no if out so said what up its about than
into them can only other new some could time these two may then do first any my now such like our over man me even most
made after also did many before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between both life being under never
day same another know while last might us great old year off come since against go came right used take three war army
soldiers front leaders prisoners families region captured training equipment government morale health violence trauma
peace cause service combat interview facility conventions questions identities backgrounds reasons conscript volunteer
propaganda involvement patriotism adventure population actions leadership sentiment commander support future justice
mercy side cost complexity group individuals motivations opinions toll fighters uncertainty lives millions brink cold`.split(/\s+/);

/** A small seeded generator (mulberry32): the same article every run, so builds stay comparable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A long article body for size tests: `sections` sections (every tenth repeating the title
 * "Notes", as long articles do) of paragraphs of pseudo-random words, `words` words in all
 * (headings included). Deterministic for a given size.
 */
export function generatedBody({ sections, words }: { sections: number; words: number }): string {
  const next = random(words * 1000 + sections);
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const headings = Array.from({ length: sections }, (_, i) => (i % 10 === 9 ? 'Notes' : `Part ${i + 1} of the record`));
  const headingWords = headings.reduce((n, h) => n + h.split(' ').length, 0);
  const perSection = Math.floor((words - headingWords) / sections);
  return headings
    .map((heading, i) => {
      const count = i === sections - 1 ? words - headingWords - perSection * (sections - 1) : perSection;
      const paragraphs: string[] = [];
      for (let left = count; left > 0; left -= 80) {
        const text = Array.from({ length: Math.min(80, left) }, word).join(' ');
        paragraphs.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      }
      return `## ${heading}\n\n${paragraphs.join('\n\n')}`;
    })
    .join('\n\n');
}
