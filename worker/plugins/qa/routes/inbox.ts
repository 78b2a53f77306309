import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { parseJson } from '../../../core/db'
import { decodeCursor, encodeCursor } from '../../../core/http/cursor'
import { CommunityParams, defineRoute, json } from '../../../core/http/route'
import type { BadgeCode } from '../../../core/members/schema'
import { authorView } from '../../../core/members/views'
import { DAY_MS, isoOrNull } from '../../../core/time'
import type { AppEnv } from '../../../env'
import {
  hoursToFirstOfficial,
  inboxCounts,
  listQueue,
  listReviewQueue,
  type QueueName,
} from '../queries/inbox'
import { InboxDraft, InboxQuery, InboxQuestion, MedicalQueueQuery, UnansweredQuery } from '../schema'
import { questionSummary, routingView } from '../views'
import { baseContext, type Ctx, viewContext } from './common'

const tags = ['Expert inbox']
const EXPERTS = ['expert', 'reviewer', 'admin'] as const

const summaryRoute = defineRoute({
  method: 'get',
  path: '/{community}/inbox',
  access: EXPERTS,
  tags,
  summary:
    'What waits for experts, reviewers and medical information; median hours to a first official answer',
  request: { params: CommunityParams },
  responses: {
    200: json(
      z.object({
        unanswered: z.number(),
        answeredByPeersOnly: z.number(),
        awaitingReview: z.number(),
        medicalInformationOpen: z.number(),
        medianHoursToOfficialAnswer: z.number().nullable(),
      }),
      'Counts (the median is over the last 30 days)',
    ),
  },
})

const Page = (item: z.ZodType) => z.object({ items: z.array(item), next: z.string().nullable() })

const unansweredRoute = defineRoute({
  method: 'get',
  path: '/{community}/inbox/unanswered',
  access: EXPERTS,
  tags,
  summary: 'Published questions without an answer (or without an official one), oldest first',
  request: { params: CommunityParams, query: UnansweredQuery },
  responses: { 200: json(Page(InboxQuestion), 'Oldest first') },
})

const reviewRoute = defineRoute({
  method: 'get',
  path: '/{community}/inbox/review',
  access: EXPERTS,
  tags,
  summary: 'Expert answers waiting for review, longest waiting first',
  request: { params: CommunityParams, query: InboxQuery },
  responses: { 200: json(Page(InboxDraft), 'Longest waiting first') },
})

const medicalRoute = defineRoute({
  method: 'get',
  path: '/{community}/inbox/medical-information',
  access: ['expert', 'reviewer', 'safety', 'admin'],
  tags,
  summary: 'Questions routed to medical information, with the cues that routed them; open ones oldest first',
  request: { params: CommunityParams, query: MedicalQueueQuery },
  responses: { 200: json(Page(InboxQuestion), 'Oldest first') },
})

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return Math.round(value * 10) / 10
}

const QuestionCursor = z.tuple([z.number(), z.number()])

async function queue(c: Ctx, name: QueueName, q: { cursor?: string; limit: number }) {
  const after = decodeCursor(q.cursor, QuestionCursor)
  const now = c.var.services.now()
  const rows = await listQueue(c.var.services.db, {
    communityId: c.var.community.id,
    queue: name,
    after,
    limit: q.limit + 1,
  })
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const v = await viewContext(c)
  return {
    items: page.map((row) => ({
      ...questionSummary(row, v),
      waitingHours: Math.round(((now - row.createdAt) / 3_600_000) * 10) / 10,
      draftsInProgress: row.drafts,
      routing: routingView(row),
      privateReplyAt: isoOrNull(row.privateReplyAt),
    })),
    next: rows.length > q.limit && last ? encodeCursor([last.createdAt, last.seq]) : null,
  }
}

export function inboxRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(summaryRoute, async (c) => {
    const { db, now } = c.var.services
    const to = now()
    const [counts, hours] = await Promise.all([
      inboxCounts(db, c.var.community.id),
      hoursToFirstOfficial(db, { communityId: c.var.community.id, from: to - 30 * DAY_MS, to: to + 1 }),
    ])
    return c.json({ ...counts, medianHoursToOfficialAnswer: median(hours) }, 200)
  })

  app.openapi(unansweredRoute, async (c) => {
    const q = c.req.valid('query')
    return c.json(await queue(c, q.scope, q), 200)
  })

  app.openapi(medicalRoute, async (c) => {
    const q = c.req.valid('query')
    return c.json(await queue(c, q.state, q), 200)
  })

  app.openapi(reviewRoute, async (c) => {
    const q = c.req.valid('query')
    const after = decodeCursor(q.cursor, z.tuple([z.number(), z.string()]))
    const rows = await listReviewQueue(c.var.services.db, c.var.community.id, after, q.limit + 1)
    const page = rows.slice(0, q.limit)
    const last = page.at(-1)
    const v = baseContext(c)
    const now = c.var.services.now()
    return c.json(
      {
        items: page.map((r) => ({
          id: r.id,
          questionId: r.question_id,
          questionTitle: r.question_title,
          author: authorView(
            {
              id: r.author_id,
              pseudonym: r.author_pseudonym,
              badges: parseJson<BadgeCode[]>(r.author_badges, []),
            },
            v.community,
            v.locale,
          ),
          version: r.version,
          submittedAt: isoOrNull(r.submitted_at),
          waitingHours: Math.round(((now - (r.submitted_at ?? now)) / 3_600_000) * 10) / 10,
        })),
        next: rows.length > q.limit && last ? encodeCursor([last.updated_at, last.id]) : null,
      },
      200,
    )
  })
}
