import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
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

/**
 * Ids, contents links and section links of a built article page, read from its parsed tree (not
 * from how its attributes happen to be ordered): the body's section headings, the links of the
 * contents navigation, and the links named "Link to section: …".
 */
export function pageStructure(html: string) {
  const tree = fromHtml(html);
  const hrefs = (selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));
  const headingIds = selectAll('.article-body :is(h2, h3)[id]:not([id="footnote-label"])', tree).map((h) => String(h.properties.id));
  const contentsHrefs = hrefs('nav a[href]');
  const anchorHrefs = hrefs('a[aria-label^="Link to section:"]');
  const allIds = selectAll('[id]', tree).map((e) => String(e.properties.id));
  return { headingIds, contentsHrefs, anchorHrefs, allIds };
}
