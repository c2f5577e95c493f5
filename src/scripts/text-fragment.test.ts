import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodePart, occurrences, quoteUrl, textDirective } from './text-fragment.ts';

const block = 'He said he was proud of his service and did not regret his actions. He said he hated the war.';
const page = `Intro text. ${block} Outro.`;
const at = (text: string) => [block.indexOf(text), block.indexOf(text) + text.length] as const;

test('parts are percent-encoded, with the delimiters -, & and , too', () => {
  assert.equal(encodePart('well-trained, & ready'), 'well%2Dtrained%2C%20%26%20ready');
});

test('a short passage that occurs once is linked by itself', () => {
  assert.equal(textDirective(block, ...at('proud of his service'), page), 'proud%20of%20his%20service');
});

test('a passage cut mid-word is widened to whole words', () => {
  const [s, e] = at('roud of his serv');
  assert.equal(textDirective(block, s, e, page), 'proud%20of%20his%20service');
});

test('a passage that occurs more than once gets the words around it', () => {
  const second = block.lastIndexOf('He said he');
  assert.equal(occurrences(page, 'He said he'), 2);
  assert.equal(
    textDirective(block, second, second + 'He said he'.length, page),
    'regret%20his%20actions.-,He%20said%20he,-hated%20the%20war.',
  );
});

test('a long passage is linked by its first and last words', () => {
  const [s, e] = at('He said he was proud of his service and did not regret his actions.');
  // "He said he was" occurs once as four words, so no context is needed.
  assert.equal(textDirective(block, s, e, page), 'He%20said%20he%20was,not%20regret%20his%20actions.');
});

test('whitespace alone is no passage; the link is the canonical URL with the directive', () => {
  assert.equal(textDirective(block, 2, 3, page), '');
  assert.equal(quoteUrl('https://example.org/a/#section', 'x'), 'https://example.org/a/#:~:text=x');
});

test('occurrences count whole words only', () => {
  assert.equal(occurrences('war warm war-time wars war.', 'war'), 3);
});
