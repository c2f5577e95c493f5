import Aside from './Aside.astro';
import Figure from './Figure.astro';
import MarkdownImage from './MarkdownImage.astro';
import PullQuote from './PullQuote.astro';
import Quote from './Quote.astro';
import TaskBox from './TaskBox.astro';
import type { ELEMENTS } from './elements.ts';

/** The component names the toolkit's declaration (elements.ts) gives, but for those the Markdown pipeline renders itself. */
type Declared = Exclude<Extract<(typeof ELEMENTS)[keyof typeof ELEMENTS], { component: string }>, { byPipeline: true }>['component'];

/**
 * The writer's toolkit, passed to the article's <Content components={…}>: usable in the MDX
 * without an import line. `img` replaces the image Astro makes for `![alt](./photo.jpg)`, `input`
 * a task list's checkbox. Its keys are exactly the declared components (a type error otherwise).
 */
export const MDX_COMPONENTS = { Aside, Figure, PullQuote, Quote, img: MarkdownImage, input: TaskBox } satisfies Record<
  Declared | 'img' | 'input',
  unknown
>;
