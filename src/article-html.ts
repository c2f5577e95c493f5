import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { getArticle } from './article.ts';
import { MDX_COMPONENTS } from './components/mdx/index.ts';

let rendered: Promise<string> | undefined;

/**
 * The article's body as the page renders it (headings with ids and anchors, typography), as an
 * HTML string, for the editions beyond the page (feed, EPUB). Astro's Container API renders the
 * MDX content outside a page, with the MDX renderer loaded for it; once per build, shared by the
 * editions.
 */
export function renderArticleHtml(): Promise<string> {
  rendered ??= (async () => {
    const { Content } = await getArticle();
    const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
    return container.renderToString(Content, { props: { components: MDX_COMPONENTS } });
  })();
  return rendered;
}
