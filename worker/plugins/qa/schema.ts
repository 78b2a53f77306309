import { z } from '@hono/zod-openapi'
import { Locale } from '../../core/communities/schema'
import { CursorQuery } from '../../core/http/params'
import { Badge } from '../../core/members/schema'

// Request and response shapes of the qa plugin. Imports only zod and other schema files, so the widget can
// import the inferred types.

export const TopicCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,29}$/, 'A topic code is 2-30 lowercase letters, digits or dashes.')
export const LocalizedText = z.object({
  en: z.string().trim().min(1).max(200),
  es: z.string().trim().min(1).max(200).optional(),
})
export const ArticleId = z.string().regex(/^art_[0-9a-z]{22}$/, 'Not a Learn article id.')

export const QaSettings = z
  .object({
    topics: z
      .array(z.object({ code: TopicCode, label: LocalizedText }))
      .max(40)
      .refine(
        (topics) => new Set(topics.map((t) => t.code)).size === topics.length,
        'Topic codes must be unique.',
      )
      .default([]),
    medicalInformation: z
      .object({
        phone: z.string().trim().min(3).max(40).optional(),
        email: z.email().max(200).optional(),
        url: z
          .url({ protocol: /^https$/ })
          .max(500)
          .optional(),
        hours: LocalizedText.optional(),
      })
      .default({}),
  })
  .openapi('QaSettings')
export type QaSettings = z.output<typeof QaSettings>

export const Topic = z.object({ code: z.string(), label: z.string() }).openapi('QaTopic')
export const MedicalInformationContact = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  url: z.string().nullable(),
  hours: z.string().nullable(),
})
export const PublicQaSettings = z
  .object({ topics: z.array(Topic), medicalInformation: MedicalInformationContact })
  .openapi('QaPublicSettings')

export const AskQuestion = z
  .object({
    title: z.string().trim().min(8).max(150),
    body: z.string().trim().max(4000).default(''),
    tags: z.array(TopicCode).max(3).default([]),
    locale: Locale.optional(),
  })
  .openapi('AskQuestion')

export const PeerAnswerInput = z
  .object({ body: z.string().trim().min(2).max(4000) })
  .openapi('PeerAnswerInput')
export const DraftInput = z
  .object({
    body: z.string().trim().min(20).max(8000),
    articleIds: z.array(ArticleId).max(5).default([]),
  })
  .openapi('OfficialDraftInput')
export const ReviewDecision = z
  .object({
    decision: z.enum(['approve', 'request_changes']),
    /** The version the reviewer read; a newer edit makes the decision fail with 409. */
    version: z.number().int().min(1),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((d) => d.decision === 'approve' || !!d.comment, {
    message: 'Say what needs to change.',
    path: ['comment'],
  })
  .openapi('ReviewDecision')
export const ReviewComment = z
  .object({ version: z.number().int().min(1), comment: z.string().trim().min(1).max(2000) })
  .openapi('ReviewComment')
export const RetireInput = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .openapi('RetireOfficialAnswer')
export const RouteInput = z
  .object({ route: z.enum(['public', 'medical_information']), note: z.string().trim().min(3).max(500) })
  .openapi('RouteQuestion')
export const PrivateReplyInput = z
  .object({ body: z.string().trim().min(2).max(8000) })
  .openapi('PrivateReplyInput')
export const AcceptInput = z
  .object({ answerId: z.string().regex(/^ans_[0-9a-z]{22}$/, 'Not an answer id.') })
  .openapi('AcceptAnswer')

export const QuestionState = z.enum(['unanswered', 'answered', 'official', 'medical_information'])
export type QuestionState = z.infer<typeof QuestionState>
export const ContentStatus = z.enum(['published', 'pending', 'rejected', 'withdrawn', 'removed'])

export const ListQuery = z.object({
  state: QuestionState.optional(),
  topic: TopicCode.optional(),
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(50).default(20),
  locale: Locale.optional(),
})
export const SearchQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(20).default(10),
  locale: Locale.optional(),
})
export const SimilarQuery = z.object({
  text: z.string().max(400).default(''),
  limit: z.coerce.number().int().min(1).max(10).default(5),
  locale: Locale.optional(),
})
export const InboxQuery = z.object({
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export const UnansweredQuery = InboxQuery.extend({
  /** `unanswered`: no answer at all; `no_official`: also questions only peers have answered. */
  scope: z.enum(['unanswered', 'no_official']).default('unanswered'),
})
export const MedicalQueueQuery = InboxQuery.extend({ state: z.enum(['open', 'replied']).default('open') })

export const Author = z
  .object({ id: z.string(), pseudonym: z.string(), badges: z.array(Badge) })
  .openapi('QaAuthor')
export const Cue = z
  .object({ id: z.string(), category: z.enum(['personal_advice', 'off_label']), label: z.string() })
  .openapi('QaRoutingCue')

export const QuestionSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    excerpt: z.string(),
    tags: z.array(Topic),
    author: Author,
    locale: Locale,
    state: QuestionState,
    answerCount: z.number(),
    officialCount: z.number(),
    accepted: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('QuestionSummary')

export const RouteNote = z
  .object({
    kind: z.literal('medical_information'),
    message: z.string(),
    contact: MedicalInformationContact,
  })
  .openapi('MedicalInformationNote')

export const AnswerView = z
  .object({
    id: z.string(),
    kind: z.enum(['peer', 'official']),
    body: z.string(),
    author: Author,
    /** For official answers: the approved version, its approval time and the Learn articles it links. */
    official: z
      .object({
        label: z.string(),
        version: z.number(),
        approvedAt: z.string(),
        articleIds: z.array(z.string()),
      })
      .nullable(),
    helpfulCount: z.number(),
    /** Whether the signed-in member found it helpful (null for guests). */
    votedHelpful: z.boolean().nullable(),
    accepted: z.boolean(),
    editedBy: z.enum(['author', 'moderator']).nullable(),
    createdAt: z.string(),
  })
  .openapi('Answer')

export const QuestionDetail = QuestionSummary.extend({
  body: z.string(),
  status: ContentStatus,
  route: RouteNote.nullable(),
  answers: z.array(AnswerView),
  isAsker: z.boolean(),
  canAnswer: z.boolean(),
  /** Staff only: why the question is routed (cues) and by whom. */
  routing: z.object({ source: z.enum(['auto', 'expert']), cues: z.array(Cue) }).nullable(),
}).openapi('QuestionDetail')

export const Segment = z.object({ text: z.string(), match: z.boolean() }).openapi('TextSegment')
export const SearchHit = z
  .object({
    id: z.string(),
    title: z.array(Segment),
    snippet: z.array(Segment),
    /** Where the snippet comes from: the question, or its official answer. */
    snippetFrom: z.enum(['question', 'official_answer']),
    state: QuestionState,
    locale: Locale,
    createdAt: z.string(),
  })
  .openapi('QuestionSearchHit')
export const SearchResults = z.object({ results: z.array(SearchHit) }).openapi('QuestionSearchResults')

export const ReviewEvent = z.object({
  action: z.enum(['created', 'edited', 'submitted', 'comment', 'approved', 'changes_requested', 'retired']),
  version: z.number(),
  actor: z.object({ id: z.string(), pseudonym: z.string() }),
  comment: z.string().nullable(),
  at: z.string(),
})
export const DraftView = z
  .object({
    id: z.string(),
    questionId: z.string(),
    questionTitle: z.string(),
    author: Author,
    reviewState: z.enum(['draft', 'in_review', 'changes_requested', 'approved', 'retired']),
    status: ContentStatus,
    version: z.number(),
    body: z.string(),
    articleIds: z.array(z.string()),
    submittedAt: z.string().nullable(),
    official: z.object({ version: z.number(), body: z.string(), approvedAt: z.string() }).nullable(),
    versions: z.array(
      z.object({
        version: z.number(),
        body: z.string(),
        redacted: z.boolean(),
        editorId: z.string(),
        at: z.string(),
      }),
    ),
    approvals: z.array(
      z.object({
        version: z.number(),
        body: z.string(),
        articleIds: z.array(z.string()),
        approvedBy: z.string(),
        at: z.string(),
      }),
    ),
    timeline: z.array(ReviewEvent),
  })
  .openapi('OfficialDraft')

export const InboxQuestion = QuestionSummary.extend({
  waitingHours: z.number(),
  draftsInProgress: z.number(),
  routing: z.object({ source: z.enum(['auto', 'expert']), cues: z.array(Cue) }).nullable(),
  privateReplyAt: z.string().nullable(),
}).openapi('InboxQuestion')
export const InboxDraft = z
  .object({
    id: z.string(),
    questionId: z.string(),
    questionTitle: z.string(),
    author: Author,
    version: z.number(),
    submittedAt: z.string().nullable(),
    waitingHours: z.number(),
  })
  .openapi('InboxDraft')

export const PrivateReply = z
  .object({
    id: z.string(),
    body: z.string(),
    author: z.object({ pseudonym: z.string(), label: z.string() }),
    createdAt: z.string(),
  })
  .openapi('PrivateReply')

export type QuestionSummary = z.infer<typeof QuestionSummary>
export type QuestionDetail = z.infer<typeof QuestionDetail>
export type AnswerView = z.infer<typeof AnswerView>
export type SearchHit = z.infer<typeof SearchHit>
export type PublicQaSettings = z.infer<typeof PublicQaSettings>
export type PrivateReply = z.infer<typeof PrivateReply>
export type DraftView = z.infer<typeof DraftView>
