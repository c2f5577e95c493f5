import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLeadImage, shownLeadImage } from './lead-image.ts';

test('a lead image smaller than a link preview stops the build, naming the file and the field', () => {
  assert.throws(
    () => checkLeadImage({ width: 1199, height: 800 }, 'content/articles/a.mdx'),
    /^Error: content\/articles\/a\.mdx: image: the lead image is 1199×800 pixels; it must be at least 1200×630/,
  );
  assert.throws(() => checkLeadImage({ width: 2000, height: 600 }, 'a.mdx'), /2000×600/);
  assert.doesNotThrow(() => checkLeadImage({ width: 1200, height: 630 }, 'a.mdx'));
});

test('the lead image shown is the picture with its alt text and credit; none without a picture', () => {
  assert.deepEqual(shownLeadImage({ image: 'hills.jpg', imageAlt: 'Hills', imageCredit: 'Photo: A' }), {
    image: 'hills.jpg',
    alt: 'Hills',
    credit: 'Photo: A',
  });
  assert.deepEqual(shownLeadImage({ image: 'hills.jpg', imageAlt: 'Hills' }), { image: 'hills.jpg', alt: 'Hills', credit: undefined });
  assert.equal(shownLeadImage({ imageAlt: 'Hills' }), undefined);
  assert.equal(shownLeadImage({}), undefined);
});
