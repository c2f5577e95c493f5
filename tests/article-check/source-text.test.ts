import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHeadings, sourcePieces, sourceWords } from './source-text.ts';

const ARTICLE = `---
title: A test
---

First paragraph, with a note.[^a] And more after it.

## A section

- A list item with [a link](https://example.org/) in it.
- Another item, $x^2$ inline.

> A quotation [@smith2020, 12] that cites.

> [!WARNING]
> Mind the step.

| Town | Count |
|---|---:|
| Lviv | 12 |

<Figure src="./map.png" alt="A map">
The caption, *emphasised*.
</Figure>

<PullQuote>Repeated words.</PullQuote>

$$
E = mc^2
$$

\`\`\`js
const code = 1;
\`\`\`

@smith2020 says so, and [](#fig-map) shows it.

[^a]: The note's words.
`;

test('every paragraph, list item, quotation, callout, table cell and caption, cut where the page writes its own, then the notes', () => {
  assert.deepEqual(
    sourcePieces(ARTICLE).map((p) => p.text),
    [
      'First paragraph, with a note.',
      'And more after it.',
      'A list item with a link',
      'in it.',
      'Another item,',
      'inline.',
      'A quotation',
      'that cites.',
      'Mind the step.',
      'Town',
      'Count',
      'Lviv',
      '12',
      'The caption, emphasised.',
      'says so, and',
      'shows it.',
      "The note's words.",
    ],
  );
});

test('each piece knows the line its words start on, so a failure can name it', () => {
  const lineOf = (words: string) => ARTICLE.split('\n').findIndex((line) => line.includes(words)) + 1;
  for (const words of ['Mind the step.', "The note's words.", 'shows it.', 'Another item,']) {
    assert.equal(sourcePieces(ARTICLE).find((p) => p.text === words)?.line, lineOf(words), words);
  }
});

test('notes are listed in the order they are first referred to, not written', () => {
  const pieces = sourcePieces('Two[^b] and one[^a].\n\n[^a]: Note A.\n\n[^b]: Note B.\n\n[^c]: Never referred to.\n');
  assert.deepEqual(
    pieces.map((p) => p.text),
    ['Two', 'and one', 'Note B.', 'Note A.'],
  );
});

test('a body of nothing but headings and code has no running text', () => {
  assert.deepEqual(sourcePieces('## Only a heading\n\n```\ncode\n```\n'), []);
});

test('the writer’s section headings, as written; words counted in any script', () => {
  assert.deepEqual(sourceHeadings(ARTICLE), ['A section']);
  assert.equal(
    sourceWords([
      { text: 'Три слова тут', line: 1 },
      { text: 'و كلمتان — 12', line: 2 },
    ]),
    6,
  );
});

test('corrections and updates follow the notes, oldest first, a correction before an update of its day', () => {
  const source = [
    '---',
    'title: T',
    'updates:',
    '  - date: 2024-04-02',
    '    text: Added the *reply*, received later.',
    '  - date: 2024-03-12',
    '    text: Added a map.',
    'corrections:',
    '  - date: 2024-03-12',
    '    text: It was [the Donbas](https://example.org/), not Kharkiv.',
    '---',
    '',
    'Body.[^a]',
    '',
    '[^a]: A note.',
    '',
  ].join('\n');
  assert.deepEqual(
    sourcePieces(source).map((p) => [p.text, p.line]),
    [
      ['Body.', 13],
      ['A note.', 15],
      ['It was the Donbas', 10],
      [', not Kharkiv.', 10],
      ['Added a map.', 7],
      ['Added the reply, received later.', 5],
    ],
  );
});
