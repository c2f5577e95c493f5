/** Listen reads the toolkit's elements as a listener should hear them, on the showcase. */
import { expect, test } from '../fixtures.ts';
import { open } from './open.ts';
import { fakeSpeech, listenToTheEnd, spoken } from '../fake-speech.ts';

test.describe('listen', () => {
  test('reads quotations, captions and the notes, once each; not pull quotes, asides or margin copies', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'en-US', localService: true }]);
    await open(page, 1440);
    await page.getByRole('button', { name: 'Listen' }).click();
    await listenToTheEnd(page);
    const texts = await spoken(page);
    const all = texts.join('\n');
    expect(texts).toContain(
      'People don’t come for escape. They come for an hour in which nothing is asked of them. A volunteer, Interview notes, March 2024',
    );
    expect(texts).toContain(
      'Figure 1. The basement, as the librarian drew it for new volunteers. The generator sat behind the door. Drawing: made by the test suite',
    );
    // The notes end the text; only the corrections and updates come after them (tests/e2e/record.spec.ts).
    expect(texts.at(-3)).toBe('About forty litres a month in winter, by the librarian’s estimate.');
    expect(all.split('Based on visits to three such libraries').length).toBe(2); // the note, at the end only
    expect(all.match(/an hour in which nothing is asked of them/gi)).toHaveLength(1);
    expect(all).not.toContain('The tally counts loans');
  });
});
