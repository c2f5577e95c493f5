import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../chromium.ts';
import { BUDGET } from '../budget.ts';

export interface LighthouseFigures {
  scores: Record<string, number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  bytesByType: Record<string, number>;
  requests: number;
  failedAudits: string[];
  /**
   * Lighthouse's own CPU benchmark of the machine it ran on (`environment.benchmarkIndex`): the
   * simulation multiplies the CPU time it observes, so a slower host shows as a slower page.
   */
  benchmarkIndex: number;
}

/**
 * Lighthouse with its mobile defaults (simulated slow 4G, 4× CPU slowdown) in Chromium:
 * $CHROMIUM_PATH, Playwright's own, or the system's (see tests/chromium.ts).
 */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? (await import('@playwright/test')).chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...QUIET_CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const summary =
      (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] })
        ?.items ?? [];
    const scores = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)]));
    const failedAudits = Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c.id}: ${ref.id} (${lhr.audits[ref.id]?.score})`),
    );
    return {
      scores,
      metrics: {
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndexMs: audit('speed-index'),
      },
      bytesByType: Object.fromEntries(summary.filter((i) => i.resourceType !== 'total').map((i) => [i.resourceType, i.transferSize])),
      requests: summary.find((i) => i.resourceType === 'total')?.requestCount ?? Number.NaN,
      failedAudits,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * How many times the bench runs Lighthouse; it gates on their median. Five, as Lighthouse's own
 * guide to variability advises (docs/variability.md: the median of five runs about halves the
 * spread of one); three, Lighthouse CI's default, left the median within the noise of this
 * shared machine (real article LCP 757–819 ms, TBT 44–264 ms in single runs on one day).
 */
export const LIGHTHOUSE_RUNS = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median run: each score and metric is the median of its values across the runs (as
 * Lighthouse CI takes them); bytes and requests, which do not vary, come from the first run; an
 * audit counts as failed where it failed in most runs.
 */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const first = runs[0]!;
  const of = (pick: (f: LighthouseFigures) => number) => median(runs.map(pick));
  const audits = runs.flatMap((r) => r.failedAudits);
  return {
    scores: Object.fromEntries(Object.keys(first.scores).map((c) => [c, of((f) => f.scores[c] ?? 0)])),
    metrics: {
      fcpMs: of((f) => f.metrics.fcpMs),
      lcpMs: of((f) => f.metrics.lcpMs),
      tbtMs: of((f) => f.metrics.tbtMs),
      cls: of((f) => f.metrics.cls),
      speedIndexMs: of((f) => f.metrics.speedIndexMs),
    },
    bytesByType: first.bytesByType,
    requests: first.requests,
    failedAudits: [...new Set(audits)].filter((a) => audits.filter((b) => b === a).length * 2 > runs.length),
    benchmarkIndex: of((f) => f.benchmarkIndex),
  };
}

/** The gate of `npm run bench -- --assert`: what a median misses of the targets (every category, LCP, CLS); [] when it meets them all. */
export function misses(lh: LighthouseFigures, lcpMs: number = BUDGET.lcpMs): string[] {
  const found = Object.entries(lh.scores)
    .filter(([, score]) => score < BUDGET.lighthouseScore)
    .map(([category, score]) => `${category} ${score} < ${BUDGET.lighthouseScore}`);
  if (!(lh.metrics.lcpMs <= lcpMs)) found.push(`LCP ${lh.metrics.lcpMs.toFixed(0)} ms > ${lcpMs} ms`);
  if (!(lh.metrics.cls <= BUDGET.cls)) found.push(`CLS ${lh.metrics.cls} > ${BUDGET.cls}`);
  return found;
}
