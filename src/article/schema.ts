import { z } from 'astro/zod';
import { SITE } from '../site.ts';
import { CITATION_STYLES } from '../markdown/citation-styles.ts';
import { KIND_NAMES } from '../metadata/article-kinds.ts';

/** Link-preview length: long enough to say something, short enough not to be cut by share targets. */
export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

const nonEmpty = z.string({ error: 'is required, as text' }).trim().min(1, 'must not be empty');

/** A calendar day: a YAML date (2023-11-22) or an ISO date string. */
const day = z.coerce.date({ error: 'must be a date such as 2023-11-22' });

/** A correction or an update, said in the open: its day and its words (inline Markdown). */
const notice = z.strictObject({ date: day, text: nonEmpty });

/**
 * Frontmatter of an article, given the schema of an image field (Astro's `image()` in the
 * content collection, which resolves "./lead.jpg" beside the article into the image pipeline;
 * a plain path in unit tests). Strict: an unknown field (often a typo such as `pubdate`) is an error,
 * not silently ignored. Dates are YAML dates or ISO strings; `updated` may not precede `published`.
 */
export function articleSchemaWith<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      title: nonEmpty,
      description: z
        .string()
        .trim()
        .min(DESCRIPTION_LENGTH.min, `must be at least ${DESCRIPTION_LENGTH.min} characters`)
        .max(DESCRIPTION_LENGTH.max, `must be at most ${DESCRIPTION_LENGTH.max} characters`),
      author: z.strictObject({
        name: nonEmpty,
        url: z.url().optional(),
        /** The author's fediverse address (`@name@server`): Mastodon names them on a link's preview. */
        fediverse: z
          .string()
          .trim()
          .regex(/^@[\p{L}\p{N}_.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/iu, 'must be a fediverse address such as "@writer@mastodon.social"')
          .optional(),
      }),
      published: day,
      updated: day.optional(),
      /** Errors put right since publication, each dated and said in the open. */
      corrections: z.array(notice).optional(),
      /** What has been added or changed since publication, each dated. */
      updates: z.array(notice).optional(),
      /** What the article is, as reference managers file it (src/metadata/article-kinds.ts); never a journal article. */
      kind: z.enum(KIND_NAMES, { error: `must be one of ${KIND_NAMES.join(', ')}` }).default(KIND_NAMES[0]),
      lang: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "en-GB"')
        .default(SITE.defaultLang),
      /** A lead image beside the article ("./lead.jpg"): shown with the title, and the link preview. */
      image: image.optional(),
      /** What the lead image shows; required with `image`. */
      imageAlt: nonEmpty.optional(),
      /** Whose picture it is: "Photo: Name / Agency". */
      imageCredit: nonEmpty.optional(),
      /** The article's licence, if its author grants one: an SPDX id ("CC-BY-4.0") or the licence's URL. */
      license: z
        .string()
        .trim()
        .regex(/^(?:[A-Za-z0-9][A-Za-z0-9.+-]*|https?:\/\/\S+)$/, 'must be an SPDX licence id such as "CC-BY-4.0", or the licence\'s URL')
        .optional(),
      /** The article's sources, as BibTeX beside it ("./references.bib"): Pandoc's citations (`[@key]`) cite from it (src/markdown/references.ts). */
      bibliography: z
        .string()
        .trim()
        .regex(/^\.{1,2}\/.*\.bib$/, 'must be a BibTeX file beside the article, such as "./references.bib"')
        .optional(),
      /** How citations and references are set: one of the bundled styles (Chicago author-date by default) or a .csl file beside the article. */
      csl: z
        .string()
        .trim()
        .refine(
          (v) => (CITATION_STYLES as readonly string[]).includes(v) || /^\.{1,2}\/.*\.csl$/.test(v),
          `must be one of ${CITATION_STYLES.join(', ')}, or a .csl file beside the article such as "./style.csl"`,
        )
        .optional(),
    })
    .refine((a) => a.csl === undefined || a.bibliography !== undefined, {
      path: ['csl'],
      message: 'sets how references are set, but there is no `bibliography` to cite from',
    })
    .refine((a) => !a.updated || a.updated.getTime() >= a.published.getTime(), {
      path: ['updated'],
      message: 'must not be before `published`',
    })
    .superRefine((a, context) => {
      for (const field of ['corrections', 'updates'] as const) {
        a[field]?.forEach((entry, i) => {
          if (entry.date.getTime() < a.published.getTime()) {
            context.addIssue({ code: 'custom', path: [field, i, 'date'], message: 'must not be before `published`' });
          }
        });
      }
    })
    .refine((a) => a.image === undefined || a.imageAlt !== undefined, {
      path: ['imageAlt'],
      message: 'is required with `image`: say what the picture shows',
    })
    .refine((a) => a.image !== undefined || (a.imageAlt === undefined && a.imageCredit === undefined), {
      path: ['image'],
      message: 'is missing: `imageAlt` and `imageCredit` describe a lead image',
    });
}

/** The frontmatter schema with the image as a path: for tests and tools outside Astro. */
export const articleSchema = articleSchemaWith(z.string());

export type ArticleData = z.infer<typeof articleSchema>;
