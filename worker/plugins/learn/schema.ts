import { z } from '@hono/zod-openapi'
import { Locale } from '../../core/communities/schema'

// Request and response shapes of the learn plugin. Imports only zod and other schema files, so the widget can
// import the inferred types (and the article tree types below).

/** Inline nodes of an article: text, emphasis, strong, a checked link, a line break. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }

/** Block nodes of an article. Headings start at level 2: the article title is the page's level-1 heading. */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }

export const Tree = z
  .array(z.looseObject({ type: z.enum(['paragraph', 'heading', 'list', 'blockquote']) }))
  .openapi('LearnTree', {
    description:
      'The article body as a restricted node tree. Blocks: `paragraph` {children}, `heading` {level 2-4, children}, ' +
      '`list` {ordered, items: Block[][]}, `blockquote` {children}. Inlines: `text` {value}, `emphasis` / `strong` ' +
      '{children}, `link` {href: absolute http(s) or mailto, children}, `break`. Render it as elements, never as HTML.',
  })

export const Removal = z.enum(['raw_html', 'unsafe_link', 'relative_link', 'image', 'too_deep'])

export const Translation = z.object({
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().max(400).default(''),
  /** Markdown: paragraphs, ## headings, lists, > quotes, *emphasis*, **strong**, [links](https://…). */
  markdown: z.string().max(30_000),
})

export const ArticleInput = z
  .object({
    kind: z.enum(['guide', 'update']).default('guide'),
    topic: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,29}$/)
      .nullable()
      .default(null),
    /** Lower comes first in the list (guides a new user needs first). */
    position: z.number().int().min(0).max(1000).default(100),
    translations: z.object({ en: Translation.optional(), es: Translation.optional() }),
  })
  .openapi('LearnArticleInput')

export const PreviewInput = z.object({ markdown: z.string().max(30_000) }).openapi('LearnPreviewInput')
export const Preview = z.object({ tree: Tree, removed: z.array(Removal) }).openapi('LearnPreview')

export const ReviewDecision = z
  .object({
    decision: z.enum(['approve', 'request_changes']),
    version: z.number().int().min(1),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((d) => d.decision === 'approve' || !!d.comment, {
    message: 'Say what needs to change.',
    path: ['comment'],
  })
  .openapi('LearnReviewDecision')
export const ArchiveInput = z.object({ reason: z.string().trim().min(3).max(500) }).openapi('LearnArchive')
export const FeedbackInput = z.object({ helpful: z.boolean() }).openapi('LearnFeedbackInput')

export const ListQuery = z.object({
  locale: Locale.optional(),
  kind: z.enum(['guide', 'update']).optional(),
  /** Comma-separated article ids (at most 10), e.g. the articles an official answer links. */
  ids: z
    .string()
    .regex(/^art_[0-9a-z]{22}(,art_[0-9a-z]{22}){0,9}$/, 'Up to 10 comma-separated article ids.')
    .optional(),
})
export const SearchQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(20).default(10),
  locale: Locale.optional(),
})

export const ArticleSummary = z
  .object({
    id: z.string(),
    kind: z.enum(['guide', 'update']),
    topic: z.string().nullable(),
    locale: Locale,
    title: z.string(),
    summary: z.string(),
    version: z.number(),
    publishedAt: z.string(),
  })
  .openapi('LearnArticleSummary')

export const Article = ArticleSummary.extend({
  tree: Tree,
  availableLocales: z.array(Locale),
  /** The signed-in reader's answer to "did this help?" (null if none or a guest). */
  myFeedback: z.boolean().nullable(),
}).openapi('LearnArticle')

export const Segment = z.object({ text: z.string(), match: z.boolean() })
export const ArticleHit = z
  .object({
    id: z.string(),
    locale: Locale,
    title: z.array(Segment),
    snippet: z.array(Segment),
    kind: z.enum(['guide', 'update']),
  })
  .openapi('LearnSearchHit')

const TranslationView = z.object({
  title: z.string(),
  summary: z.string(),
  markdown: z.string(),
  tree: Tree,
  removed: z.array(Removal),
})
export const StaffArticle = z
  .object({
    id: z.string(),
    kind: z.enum(['guide', 'update']),
    topic: z.string().nullable(),
    position: z.number(),
    reviewState: z.enum(['draft', 'in_review', 'changes_requested', 'approved']),
    version: z.number(),
    publishedVersion: z.number().nullable(),
    archived: z.boolean(),
    helpful: z.object({ yes: z.number(), no: z.number() }),
    translations: z.record(z.string(), TranslationView),
    versions: z.array(
      z.object({
        version: z.number(),
        editor: z.object({ id: z.string(), pseudonym: z.string() }),
        at: z.string(),
      }),
    ),
    timeline: z.array(
      z.object({
        action: z.string(),
        version: z.number(),
        actor: z.object({ id: z.string(), pseudonym: z.string() }),
        comment: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .openapi('LearnStaffArticle')

export type ArticleSummary = z.infer<typeof ArticleSummary>
export type Article = Omit<z.infer<typeof Article>, 'tree'> & { tree: Block[] }
export type ArticleHit = z.infer<typeof ArticleHit>
export type StaffArticle = z.infer<typeof StaffArticle>
