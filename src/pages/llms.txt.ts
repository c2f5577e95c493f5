import type { APIRoute } from 'astro';
import { getArticle } from '../article-entry.ts';
import { SITE } from '../site.ts';
import { siteFileUrl } from '../lib/canonical.ts';

/**
 * /llms.txt (llmstxt.org): a Markdown map of the site for language-model agents — the site's
 * name, a one-line summary, and the article with its sections.
 */
export const GET: APIRoute = async ({ site }) => {
  const { data, slug, sections } = await getArticle();
  const url = siteFileUrl('', site).href;
  const lines = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.name} publishes one long-form article: ${data.title}, by ${data.author.name}.`,
    '',
    '## Article',
    '',
    `- [${data.title}](${url}): ${data.description}`,
    ...sections.map((s) => `  - [${s.text}](${url}#${s.slug})`),
    '',
    '## Editions',
    '',
    `- [${data.title} (Markdown)](${siteFileUrl(`${slug}.md`, site).href}): the article as plain Markdown`,
    `- [${data.title} (EPUB)](${siteFileUrl(`${slug}.epub`, site).href}): the article as an EPUB 3 book`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
