import Aside from './Aside.astro';
import Figure from './Figure.astro';
import MarkdownImage from './MarkdownImage.astro';
import PullQuote from './PullQuote.astro';
import Quote from './Quote.astro';

/**
 * The writer's toolkit, passed to the article's <Content components={…}>: usable in the MDX
 * without an import line. `img` replaces the image Astro makes for `![alt](./photo.jpg)`.
 */
export const MDX_COMPONENTS = { Aside, Figure, PullQuote, Quote, img: MarkdownImage };
