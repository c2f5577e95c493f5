import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, medianFigures, misses, type LighthouseFigures } from './lighthouse.ts';

test('the median of three is the middle value, whatever the order', () => {
  assert.equal(median([790, 700, 820]), 790);
  assert.equal(median([1, 2, 3, 4]), 2.5);
});

test('one slow run does not fail the gate (the median of the runs against the targets), and two do', () => {
  const run = (lcpMs: number, perf: number, benchmarkIndex = 1000): LighthouseFigures => ({
    scores: { performance: perf },
    metrics: { fcpMs: lcpMs, lcpMs, tbtMs: 0, cls: 0, speedIndexMs: lcpMs },
    bytesByType: { document: 7000 },
    requests: 2,
    failedAudits: perf < 100 ? ['performance: largest-contentful-paint (0.9)'] : [],
    benchmarkIndex,
  });
  const oneSlow = medianFigures([run(700, 100), run(950, 99), run(720, 100)]);
  assert.equal(oneSlow.metrics.lcpMs, 720);
  assert.equal(oneSlow.scores.performance, 100);
  assert.deepEqual(oneSlow.failedAudits, []);
  const twoSlow = medianFigures([run(900, 99, 800), run(950, 99, 1400), run(720, 100, 1100)]);
  assert.equal(twoSlow.metrics.lcpMs, 900);
  assert.equal(twoSlow.scores.performance, 99);
  assert.deepEqual(twoSlow.failedAudits, ['performance: largest-contentful-paint (0.9)']);
  assert.equal(twoSlow.benchmarkIndex, 1100); // the host's speed, beside the runs it explains
  // The gate itself: the median that one slow run leaves passes; the one two slow runs make fails, naming what.
  assert.deepEqual(misses(oneSlow), []);
  assert.deepEqual(misses(twoSlow), ['performance 99 < 100', 'LCP 900 ms > 800 ms']);
  assert.deepEqual(misses(twoSlow, 1200), ['performance 99 < 100']); // the showcase's own LCP target
});
