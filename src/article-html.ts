import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { getArticle, getArticleData } from './article.ts';
import LeadImage from './components/LeadImage.astro';
import { MDX_COMPONENTS } from './toolkit/components.ts';
import { shownLeadImage } from './lib/lead-image.ts';

let rendered: Promise<string> | undefined;
let edition: Promise<string> | undefined;
let created: Promise<AstroContainer> | undefined;

/** One Container per build, with the MDX renderer loaded, for the body and the lead image alike. */
function container(): Promise<AstroContainer> {
  created ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return created;
}

/**
 * The article's body as the page renders it (headings with ids and anchors, typography), as an
 * HTML string, for the editions beyond the page (feed, EPUB). Astro's Container API renders the
 * MDX content outside a page, with the MDX renderer loaded for it; once per build, shared by the
 * editions.
 */
export function renderArticleHtml(): Promise<string> {
  rendered ??= (async () => {
    const { Content } = await getArticle();
    return (await container()).renderToString(Content, { props: { components: MDX_COMPONENTS } });
  })();
  return rendered;
}

/**
 * The article as the editions carry it (feed, EPUB): the lead image with its credit, where the
 * article has one, as the page shows it under the title; then the body.
 */
export function renderEditionHtml(): Promise<string> {
  edition ??= (async () => {
    const [data, body] = await Promise.all([getArticleData(), renderArticleHtml()]);
    const lead = shownLeadImage(data);
    if (!lead) return body;
    return `${await (await container()).renderToString(LeadImage, { props: lead })}\n${body}`;
  })();
  return edition;
}
