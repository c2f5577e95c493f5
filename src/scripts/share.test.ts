import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyText, sectionUrl, sharePage, type ShareNavigator } from './share.ts';

const data = { title: 'A title', url: 'https://example.org/' };

function clipboard() {
  const written: string[] = [];
  return { written, clipboard: { writeText: async (t: string) => void written.push(t) } };
}

test('with the Web Share API, the title and URL go to the share sheet', async () => {
  const calls: unknown[] = [];
  const nav: ShareNavigator = { share: async (d) => void calls.push(d), ...clipboard() };
  assert.equal(await sharePage(nav, data), 'shared');
  assert.deepEqual(calls, [data]);
});

test('without it, the URL is copied', async () => {
  const c = clipboard();
  assert.equal(await sharePage({ clipboard: c.clipboard }, data), 'copied');
  assert.deepEqual(c.written, ['https://example.org/']);
});

test('closing the share sheet is a cancel, and copies nothing', async () => {
  const c = clipboard();
  const nav: ShareNavigator = {
    share: async () => {
      throw new DOMException('closed', 'AbortError');
    },
    clipboard: c.clipboard,
  };
  assert.equal(await sharePage(nav, data), 'cancelled');
  assert.deepEqual(c.written, []);
});

test('a share sheet that refuses falls back to copying', async () => {
  const c = clipboard();
  const nav: ShareNavigator = {
    share: async () => {
      throw new DOMException('no', 'NotAllowedError');
    },
    clipboard: c.clipboard,
  };
  assert.equal(await sharePage(nav, data), 'copied');
});

test('no clipboard, or a refused one, is a failure the page can report', async () => {
  assert.equal(await copyText({}, 'x'), 'failed');
  assert.equal(
    await copyText(
      {
        clipboard: {
          writeText: async () => {
            throw new Error('denied');
          },
        },
      },
      'x',
    ),
    'failed',
  );
});

test('a section URL is the page URL with the heading id as fragment', () => {
  assert.equal(sectionUrl('https://example.org/', 'the-interviews'), 'https://example.org/#the-interviews');
  assert.equal(sectionUrl('https://example.org/#old', 'new'), 'https://example.org/#new');
});
