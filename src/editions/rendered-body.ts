import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { getArticle, getArticleData } from '../article/entry.ts';
import LeadImage from '../components/LeadImage.astro';
import Notices from '../components/Notices.astro';
import { MDX_COMPONENTS } from '../toolkit/components.ts';
import { shownLeadImage } from '../article/lead-image.ts';
import { noticesOf } from '../article/notices.ts';
import { articleHistory } from '../lib/article-images.ts';

let body: Promise<string> | undefined;
let source: Promise<string> | undefined;
let created: Promise<AstroContainer> | undefined;

/** One Container per build, with the MDX renderer loaded, for the body and the lead image alike. */
function container(): Promise<AstroContainer> {
  created ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return created;
}

/**
 * The article's body exactly as the page renders it (headings with ids and anchors,
 * typography, the toolkit's components), as an HTML string, outside a page: Astro's Container
 * API renders the MDX content with the MDX renderer loaded for it. Once per build; the page reads
 * it to choose its toolkit stylesheets, and every edition starts from it.
 */
export function renderPageBody(): Promise<string> {
  body ??= (async () => {
    const { Content } = await getArticle();
    return (await container()).renderToString(Content, { props: { components: MDX_COMPONENTS } });
  })();
  return body;
}

/**
 * What every edition beyond the page starts from (feed, EPUB, Markdown's pictures): the lead
 * image with its credit, where the article has one, as the page shows it under the title; then
 * the page's body, and its corrections and updates after it, as the page ends its text. Still
 * the page's HTML: clean.ts makes an edition's body of it.
 */
export function renderEditionSource(): Promise<string> {
  source ??= (async () => {
    const [data, html] = await Promise.all([getArticleData(), renderPageBody()]);
    const render = await container();
    const lead = shownLeadImage(data);
    const notices = noticesOf(data);
    return [
      lead ? await render.renderToString(LeadImage, { props: lead }) : '',
      html,
      notices.length ? await render.renderToString(Notices, { props: { notices, lang: data.lang, history: articleHistory() } }) : '',
    ]
      .filter(Boolean)
      .join('\n');
  })();
  return source;
}
