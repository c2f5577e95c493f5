import { HtmlValidate } from 'html-validate';
import { launchChromium } from '../chromium.ts';
import { watchProblems } from '../console-guard.ts';
import { startStaticServer } from '../tools/static-server.ts';

import { axeViolations as violationsOf } from '../axe.ts';

/** html-validate (recommended + document) messages for one page; [] when valid. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] }).validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/**
 * axe violations (WCAG 2.2 AA) of a built site's home page, in light and dark, at phone and
 * desktop width, and any console error or CSP violation the page reports meanwhile.
 */
export async function axeViolations(dist: string): Promise<string[]> {
  const server = await startStaticServer({ root: dist });
  const browser = await launchChromium();
  const found: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems = watchProblems(page);
        await page.goto(server.url);
        found.push(...(await violationsOf(page)).map((v) => `${colorScheme} ${width}px ${v}`));
        found.push(...problems.map((p) => `${colorScheme} ${width}px console: ${p}`));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return found;
}

/** Ids, contents links and anchor links of a built article page. */
export function pageStructure(html: string) {
  // Section headings: the article body's h2/h3, each in its .heading group with its anchor.
  const headingIds = [...html.matchAll(/<header class="heading heading-h[23]"><h[23] id="([^"]*)"/g)].map((m) => m[1]!);
  const contentsNav = /<nav class="contents"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const contentsHrefs = [...contentsNav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  const anchorHrefs = [...html.matchAll(/<a class="anchor"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const allIds = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  return { headingIds, contentsHrefs, anchorHrefs, allIds };
}
