import type { APIRoute } from 'astro';
import { getArticle } from '../article/entry.ts';
import { SITE } from '../site.ts';
import { siteFileUrl } from '../lib/canonical.ts';
import { ui } from '../i18n/index.ts';

/**
 * /llms.txt (llmstxt.org): a Markdown map of the site for language-model agents — the site's
 * name, a one-line summary, and the article with its sections.
 */
export const GET: APIRoute = async ({ site }) => {
  const { data, slug, sections } = await getArticle();
  const url = siteFileUrl('', site).href;
  const t = ui(data.lang);
  const lines = [
    `# ${SITE.name}`,
    '',
    `> ${t('llmsSummary', { site: SITE.name, title: data.title, author: data.author.name })}`,
    '',
    `## ${t('llmsArticle')}`,
    '',
    `- [${data.title}](${url}): ${data.description}`,
    ...sections.map((s) => `  - [${s.text}](${url}#${s.slug})`),
    '',
    `## ${t('llmsEditions')}`,
    '',
    `- [${data.title} (Markdown)](${siteFileUrl(`${slug}.md`, site).href}): ${t('llmsMarkdown')}`,
    `- [${data.title} (EPUB)](${siteFileUrl(`${slug}.epub`, site).href}): ${t('llmsEpub')}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
