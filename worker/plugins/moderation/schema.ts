import { z } from '@hono/zod-openapi'
import { CursorQuery } from '../../core/http/params'
import { rejectionCodes, reportCodes } from './reasons'

export const RejectionReason = z.enum(rejectionCodes).openapi('ModerationRejectionReason')
export const ReportReason = z.enum(reportCodes).openapi('ModerationReportReason')

/** A word-list entry: a word or phrase, matched on word boundaries; a trailing `*` matches any ending. */
const Term = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/[\p{L}\p{N}]/u, 'A term needs at least one letter or digit.')
  .regex(/^[^*]+\*?$/, 'Only a trailing * is allowed (e.g. "idiot*").')

export const RateLimits = z
  .object({
    memberPerMinute: z.number().int().min(1).max(600).default(5),
    memberPerHour: z.number().int().min(1).max(5000).default(30),
    /** Per IP address: higher, since a clinic or household may share one. */
    ipPerMinute: z.number().int().min(1).max(600).default(20),
    ipPerHour: z.number().int().min(1).max(5000).default(120),
  })
  .openapi('ModerationRateLimits')

export const RepeatRule = z
  .object({
    /** How far back a member's earlier posts are compared with a new one. */
    windowMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(24 * 60),
    /** What happens to a member's repeat of their own post; the same text from several members is held. */
    action: z.enum(['hold', 'reject']).default('reject'),
  })
  .openapi('ModerationRepeatRule')

/** The rules of one community; `PUT` replaces them all (omitted keys take their defaults). */
export const ModerationRules = z
  .object({
    /** Posts containing one of these are rejected with `blocked_term`. */
    blockedTerms: z.array(Term).max(500).default([]),
    /** Posts containing one of these are held for a moderator (`review_term`). */
    reviewTerms: z.array(Term).max(500).default([]),
    /** Posts with more links than this are held (`too_many_links`). */
    maxLinks: z.number().int().min(0).max(50).default(2),
    repeat: RepeatRule.default({ windowMinutes: 24 * 60, action: 'reject' }),
    rateLimits: RateLimits.default({
      memberPerMinute: 5,
      memberPerHour: 30,
      ipPerMinute: 20,
      ipPerHour: 120,
    }),
    /** Reports from this many different members hold a published item for review. */
    reportThreshold: z.number().int().min(1).max(100).default(3),
  })
  .openapi('ModerationRules')
export type ModerationRules = z.output<typeof ModerationRules>

export const ModerationSettingsView = ModerationRules.extend({
  /** The community's moderation mode, set with the community settings (`PATCH /v1/communities/{community}`). */
  mode: z.enum(['post', 'pre', 'first_n']),
  firstN: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
}).openapi('ModerationSettings')

const ContentId = z
  .string()
  .regex(/^[a-z0-9_]{1,3}_[0-9a-z]{22}$/, 'Not a valid content id.')
  .openapi({ example: 'exp_01k2m3n4p5q6r7s8t9v0wx' })

export const ContentParam = ContentId.openapi({ param: { name: 'contentId', in: 'path' } })

export const CreateReport = z
  .object({
    contentId: ContentId,
    reason: ReportReason,
    note: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.reason !== 'other' || (r.note?.length ?? 0) > 0, {
    message: 'Say what is wrong when the reason is "other".',
    path: ['note'],
  })
  .openapi('CreateReport')

export const ReportView = z
  .object({
    id: z.string(),
    contentId: z.string(),
    reason: ReportReason,
    state: z.enum(['open', 'upheld', 'dismissed']),
    createdAt: z.string(),
  })
  .openapi('Report')

export const StaffReportView = ReportView.extend({
  reporterId: z.string(),
  note: z.string().nullable(),
  resolvedAt: z.string().nullable(),
}).openapi('StaffReport')

const Note = z.string().trim().max(1000).optional()
/** The version the moderator looked at: if the item changed since, the decision is refused with 409. */
const SeenVersion = z.number().int().min(1).optional()

export const DecisionRequest = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('approve'), note: Note, version: SeenVersion }),
    z.object({
      action: z.literal('reject'),
      reason: RejectionReason,
      note: Note,
      version: SeenVersion,
      blockAuthor: z.boolean().default(false),
    }),
    z.object({
      action: z.literal('remove'),
      reason: RejectionReason,
      note: Note,
      version: SeenVersion,
      blockAuthor: z.boolean().default(false),
    }),
    z.object({
      action: z.literal('edit'),
      /** The public text of the fields to replace (others are kept); the original stays on record. */
      fields: z.record(z.string().max(60), z.string().max(20_000)),
      reason: RejectionReason,
      note: Note,
      version: SeenVersion,
      /** Publish the edited item if it was held (default), or leave it waiting. */
      publish: z.boolean().default(true),
    }),
  ])
  .openapi('ModerationDecisionRequest')
export type DecisionRequest = z.output<typeof DecisionRequest>

export const DecisionView = z
  .object({
    contentId: z.string(),
    seq: z.number(),
    action: z.enum(['approve', 'reject', 'remove', 'edit']),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    moderatorId: z.string(),
    statusBefore: z.string(),
    statusAfter: z.string(),
    version: z.number(),
    queuedAt: z.string().nullable(),
    decidedAt: z.string(),
  })
  .openapi('ModerationDecision')

export const HookReason = z
  .object({ hook: z.string(), verdict: z.string(), code: z.string(), message: z.string() })
  .openapi('ModerationHookReason')

const Author = z.object({
  id: z.string(),
  pseudonym: z.string(),
  status: z.enum(['active', 'blocked', 'deleted']),
})

export const QueueItem = z
  .object({
    entryId: z.string(),
    contentId: z.string(),
    type: z.string(),
    link: z.string(),
    status: z.string(),
    statusReason: z.string().nullable(),
    version: z.number(),
    author: Author,
    createdAt: z.string(),
    queuedAt: z.string(),
    heldAt: z.string().nullable(),
    /** True when the item is hidden until decided; false when it is public and was reported. */
    held: z.boolean(),
    /** What the content hooks said when the item entered the queue (which hook, which verdict, why). */
    reasons: z.array(HookReason),
    reports: z.object({
      open: z.number(),
      byReason: z.array(z.object({ reason: ReportReason, count: z.number() })),
    }),
    /** The current public text (already redacted); verbatim originals are read through the privacy plugin. */
    text: z.record(z.string(), z.string()),
    /** Pipeline flags, e.g. which identifiers the privacy plugin redacted. */
    flags: z.array(z.string()),
  })
  .openapi('QueueItem')

export const QueuePage = z
  .object({ items: z.array(QueueItem), next: z.string().nullable() })
  .openapi('QueuePage')

export const QueueQuery = z.object({
  /** `held`: hidden until decided; `reported`: public but reported; default both. */
  kind: z.enum(['held', 'reported', 'all']).default('all'),
  type: z.string().max(40).optional(),
  /** Only items a hook held with this reason code (e.g. `review_term`). */
  code: z.string().max(40).optional(),
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

export const ItemDetail = z
  .object({
    contentId: z.string(),
    type: z.string(),
    parentId: z.string().nullable(),
    link: z.string(),
    status: z.string(),
    statusReason: z.string().nullable(),
    version: z.number(),
    flags: z.array(z.string()),
    author: Author,
    createdAt: z.string(),
    versions: z.array(
      z.object({
        version: z.number(),
        editorKind: z.string(),
        editorId: z.string(),
        text: z.record(z.string(), z.string()),
        verdict: z.string(),
        reasons: z.array(HookReason),
        flags: z.array(z.string()),
        createdAt: z.string(),
      }),
    ),
    queue: QueueItem.pick({
      entryId: true,
      held: true,
      queuedAt: true,
      heldAt: true,
      reasons: true,
    }).nullable(),
    reports: z.array(StaffReportView),
    decisions: z.array(DecisionView),
  })
  .openapi('ModerationItem')

export const DecisionResult = z
  .object({
    decision: DecisionView,
    item: z.object({ status: z.string(), statusReason: z.string().nullable(), version: z.number() }),
    authorBlocked: z.boolean(),
  })
  .openapi('ModerationDecisionResult')

export const BlockRequest = z
  .object({ reason: RejectionReason, note: Note })
  .openapi('ModerationBlockRequest')
export const UnblockRequest = z.object({ note: Note }).openapi('ModerationUnblockRequest')

export const MemberStatusView = z
  .object({ memberId: z.string(), status: z.enum(['active', 'blocked', 'deleted']), changed: z.boolean() })
  .openapi('ModerationMemberStatus')

const Labelled = z.object({ code: z.string(), label: z.string() })
export const ReasonsView = z
  .object({ rejection: z.array(Labelled), hold: z.array(Labelled), report: z.array(Labelled) })
  .openapi('ModerationReasons')

export const DecisionsQuery = z.object({
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
