/** The writer's toolkit, by stylesheet: each is sent only with an article that uses it. */
export const TOOLKIT_FEATURES = ['tables', 'figures', 'notes', 'quotes', 'code'] as const;
export type ToolkitFeature = (typeof TOOLKIT_FEATURES)[number];

/** What in the rendered body calls for each stylesheet. */
const MARKERS: Record<ToolkitFeature, RegExp> = {
  tables: /<table[\s>]/,
  figures: /<picture[\s>]|<figure class="figure/,
  notes: /\sdata-footnotes[\s=>]|class="aside"/,
  quotes: /<blockquote[\s>]|class="pull-quote"/,
  code: /<code[\s>]/,
};

/**
 * The toolkit stylesheets a rendered article needs, in cascade order: an article of plain
 * prose (the real one) is sent none of them, so its page stays as small as it was. A lead
 * image (shown in the header, outside the body) is a figure too.
 */
export function toolkitFeatures(html: string, { leadImage = false } = {}): ToolkitFeature[] {
  return TOOLKIT_FEATURES.filter((feature) => (feature === 'figures' && leadImage) || MARKERS[feature].test(html));
}
