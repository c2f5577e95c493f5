import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastChange, noticeHtml, noticeLead, noticesHeading, noticesOf, noticeText } from './notices.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('corrections and updates, oldest first; a correction before an update of its day', () => {
  const notices = noticesOf({
    updates: [
      { date: day('2024-04-02'), text: 'Added the reply.' },
      { date: day('2024-03-12'), text: 'A map.' },
    ],
    corrections: [{ date: day('2024-03-12'), text: 'Donbas, not Kharkiv.' }],
  });
  assert.deepEqual(
    notices.map((n) => [n.kind, n.date.toISOString().slice(0, 10)]),
    [
      ['correction', '2024-03-12'],
      ['update', '2024-03-12'],
      ['update', '2024-04-02'],
    ],
  );
  assert.deepEqual(noticesOf({}), []);
});

test('the last change is the latest of updated, the corrections and the updates', () => {
  assert.equal(lastChange({}), undefined);
  assert.equal(
    lastChange({ updated: day('2024-01-05') })
      ?.toISOString()
      .slice(0, 10),
    '2024-01-05',
  );
  assert.equal(
    lastChange({
      updated: day('2024-01-05'),
      corrections: [{ date: day('2024-03-12'), text: 'x' }],
      updates: [{ date: day('2024-02-01'), text: 'y' }],
    })
      ?.toISOString()
      .slice(0, 10),
    '2024-03-12',
  );
});

test('a notice’s words: inline Markdown as HTML with the article’s typography, and as plain text', () => {
  const text = 'An *earlier* version said "Kharkiv"; see [the report](https://example.org/r).';
  assert.equal(
    noticeHtml(text, 'en'),
    'An <em>earlier</em> version said \u201CKharkiv\u201D; see <a href="https://example.org/r">the report</a>.',
  );
  assert.equal(noticeHtml('Er sagte "nein".', 'de'), 'Er sagte \u201Enein\u201C.');
  assert.equal(noticeText(text, 'en'), 'An earlier version said \u201CKharkiv\u201D; see the report.');
});

test('a notice’s lead in the article’s language, with the place of its date', () => {
  assert.deepEqual(noticeLead('correction', 'en'), [
    { text: 'Correction, ', date: false },
    { text: '', date: true },
    { text: ':', date: false },
  ]);
  assert.deepEqual(noticeLead('update', 'de'), [
    { text: 'Aktualisierung, ', date: false },
    { text: '', date: true },
    { text: ':', date: false },
  ]);
});

test('the section joins the contents only when there is something in it', () => {
  assert.deepEqual(noticesHeading([], 'en'), []);
  assert.deepEqual(noticesHeading([{ kind: 'update', date: day('2024-04-02'), text: 'x' }], 'fr'), [
    { depth: 2, slug: 'corrections-and-updates', text: 'Corrections et mises à jour' },
  ]);
});
