import { z } from '@hono/zod-openapi'
import { Locale } from '../../../core/communities/schema'
import { CursorQuery } from '../../../core/http/params'
import { Badge } from '../../../core/members/schema'
import { DurationBucket, DurationUnit, Severity } from './form'

// Submissions and the views of reports (public, own, feed pages, versions).

export const SubmitReport = z
  .object({
    /** The form version the answers were written against; defaults to the current one. */
    formVersion: z.number().int().min(1).optional(),
    /** The language the author wrote in; defaults to the request locale. */
    locale: Locale.optional(),
    answers: z
      .record(z.string().max(60), z.unknown())
      .openapi({ description: 'Answers by field id; checked against the form definition.' }),
  })
  .openapi('SubmitExperienceReport')

export const EditReport = z
  .object({ answers: z.record(z.string().max(60), z.unknown()) })
  .openapi('EditExperienceReport')

const answerBase = { id: z.string(), label: z.string() }
export const AnswerView = z
  .discriminatedUnion('type', [
    z.object({ ...answerBase, type: z.literal('rating'), value: z.number() }),
    z.object({ ...answerBase, type: z.literal('nps'), value: z.number() }),
    z.object({ ...answerBase, type: z.literal('single'), value: z.string(), valueLabel: z.string() }),
    z.object({
      ...answerBase,
      type: z.literal('multi'),
      value: z.array(z.object({ id: z.string(), label: z.string(), rating: z.number().nullable() })),
    }),
    z.object({
      ...answerBase,
      type: z.literal('side_effects'),
      value: z.array(
        z.object({ id: z.string(), label: z.string(), severity: Severity, text: z.string().nullable() }),
      ),
    }),
    z.object({
      ...answerBase,
      type: z.literal('duration'),
      value: z.object({ value: z.number(), unit: DurationUnit }),
    }),
    z.object({ ...answerBase, type: z.literal('yes_no'), value: z.boolean() }),
    z.object({ ...answerBase, type: z.literal('short_text'), value: z.string() }),
    z.object({ ...answerBase, type: z.literal('story'), value: z.string() }),
  ])
  .openapi('ExperienceAnswer')
export type AnswerView = z.infer<typeof AnswerView>

export const Report = z
  .object({
    id: z.string(),
    author: z.object({ id: z.string(), pseudonym: z.string(), badges: z.array(Badge) }),
    formVersion: z.number(),
    locale: Locale,
    /** The headline rating (the form's `rating` role), if answered. */
    rating: z.number().nullable(),
    answers: z.array(AnswerView),
    helpfulCount: z.number(),
    /** Whether the signed-in caller marked it helpful (null for guests). */
    helpedByMe: z.boolean().nullable(),
    edited: z.object({ by: z.enum(['author', 'moderator']), at: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('ExperienceReport')
export type Report = z.infer<typeof Report>

export const ReportStatus = z.enum(['published', 'pending', 'rejected', 'withdrawn', 'removed'])

/** A report as its author (or staff) sees it: every answer, its status and why. */
export const OwnReport = Report.extend({
  status: ReportStatus,
  statusReason: z.string().nullable(),
  editableUntil: z.string().nullable(),
}).openapi('OwnExperienceReport')
export type OwnReport = z.infer<typeof OwnReport>

export const FeedQuery = z.object({
  sort: z.enum(['newest', 'helpful']).default('newest'),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  timeOnProduct: DurationBucket.optional(),
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(50).default(20),
  locale: Locale.optional(),
})

export const Feed = z
  .object({ reports: z.array(Report), next: z.string().nullable() })
  .openapi('ExperienceFeed')
export type Feed = z.infer<typeof Feed>

export const MineQuery = z.object({
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(50).default(20),
  locale: Locale.optional(),
})

export const MyReports = z
  .object({ reports: z.array(OwnReport), next: z.string().nullable() })
  .openapi('MyExperienceReports')

export const Helpful = z
  .object({ reportId: z.string(), helpedByMe: z.boolean(), helpfulCount: z.number() })
  .openapi('ExperienceHelpful')

export const ReportVersion = z
  .object({
    version: z.number(),
    editorKind: z.enum(['author', 'moderator', 'system']),
    original: z.record(z.string(), z.string()),
    public: z.record(z.string(), z.string()),
    data: z.unknown(),
    verdict: z.string(),
    reasons: z.array(z.object({ hook: z.string(), code: z.string(), verdict: z.string() })),
    createdAt: z.string(),
  })
  .openapi('ExperienceReportVersion')

/** A count, or null when hidden because the group is smaller than the minimum group size. */
