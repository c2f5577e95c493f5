import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { editionFile, pagePictures } from './pictures.ts';

const picture = (img: string) => select('picture', fromHtml(`<picture data-image="a.jpg">${img}</picture>`, { fragment: true }))!;

test('an edition shows the page’s widest file no wider than 1200 px, at that file’s size', () => {
  const file = editionFile(
    picture('<img src="/f.jpg" srcset="/a_800.jpg 800w, /a_1160.jpg 1160w, /a_1600.jpg 1600w" alt="" width="1600" height="900">'),
  );
  assert.deepEqual(file, { url: '/a_1160.jpg', width: 1160, height: 653 });
});

test('all files wider than 1200 px: the narrowest; no srcset: the fallback, at its own size', () => {
  assert.deepEqual(editionFile(picture('<img src="/f.jpg" srcset="/b.jpg 1600w, /a.jpg 2048w" alt="" width="3200" height="1200">')), {
    url: '/b.jpg',
    width: 1600,
    height: 600,
  });
  assert.deepEqual(editionFile(picture('<img src="/f.jpg" alt="" width="800" height="400">')), { url: '/f.jpg', width: 800, height: 400 });
});

test('each source once, with the one file every edition shows: the page’s widest up to 1200 px, from the widest it is set', () => {
  const html = `<picture data-image="photos/road.jpg"><img src="/r_small.jpg" srcset="/r_360.jpg 360w, /r_800.jpg 800w" alt="" width="800" height="450"></picture><picture data-image="photos/road.jpg"><img src="/r.jpg" srcset="/r_1024.jpg 1024w, /r_1280.jpg 1280w" alt="" width="3200" height="1800"></picture><picture data-image="map.png"><img src="/m.png" alt="" width="800" height="400"></picture><picture><img src="/x.jpg" alt=""></picture>`;
  assert.deepEqual(
    [...pagePictures(html)],
    [
      ['photos/road.jpg', { url: '/r_1024.jpg', width: 1024, height: 576 }],
      ['map.png', { url: '/m.png', width: 800, height: 400 }],
    ],
  );
});
