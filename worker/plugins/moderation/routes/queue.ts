import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { decodeCursor, encodeCursor } from '../../../core/http/cursor'
import { completeIdempotency, idempotent } from '../../../core/http/idempotency'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { type DecisionOutcome, decide } from '../decisions'
import { listDecisions } from '../queries'
import {
  ContentParam,
  DecisionRequest,
  DecisionResult,
  DecisionsQuery,
  DecisionView,
  ItemDetail,
  QueuePage,
  QueueQuery,
} from '../schema'
import { decisionView, itemDetail, queuePage } from '../views'

const tags = ['Moderation']
const ItemParams = CommunityParams.extend({ contentId: ContentParam })

const queueRoute = defineRoute({
  method: 'get',
  path: '/{community}/queue',
  access: ['moderator'],
  tags,
  summary: 'Items waiting for a moderator, oldest first: held ones and reported ones, each with why',
  request: { params: CommunityParams, query: QueueQuery },
  responses: { 200: json(QueuePage, 'A page of the queue') },
})

const itemRoute = defineRoute({
  method: 'get',
  path: '/{community}/items/{contentId}',
  access: ['moderator'],
  tags,
  summary:
    'One item for moderators: every version’s public text and hook decisions, its reports and decisions',
  request: { params: ItemParams },
  responses: { 200: json(ItemDetail, 'The item') },
})

const decideRoute = defineRoute({
  method: 'post',
  path: '/{community}/items/{contentId}/decisions',
  access: ['moderator'],
  middleware: [idempotent()],
  tags,
  summary: 'Approve, reject (reason code), remove (reason code) or edit an item; audited in the same batch',
  request: { params: ItemParams, body: jsonBody(DecisionRequest) },
  responses: { 201: json(DecisionResult, 'Decided') },
})

const decisionsRoute = defineRoute({
  method: 'get',
  path: '/{community}/decisions',
  access: ['moderator', 'admin'],
  tags,
  summary: 'Moderation decisions of the community, newest first',
  request: { params: CommunityParams, query: DecisionsQuery },
  responses: {
    200: json(z.object({ decisions: z.array(DecisionView), next: z.string().nullable() }), 'A page'),
  },
})

const Cursor = z.tuple([z.number(), z.string(), z.number()])

export function queueRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(queueRoute, async (c) => c.json(await queuePage(c, c.req.valid('query')), 200))

  app.openapi(itemRoute, async (c) => c.json(await itemDetail(c, c.req.valid('param').contentId), 200))

  app.openapi(decideRoute, async (c) => {
    const view = (r: DecisionOutcome) => ({ ...r, decision: decisionView(r.decision) })
    const result = await decide(c, c.req.valid('param').contentId, c.req.valid('json'), (r) =>
      completeIdempotency(c, 201, view(r)),
    )
    return c.json(view(result), 201)
  })

  app.openapi(decisionsRoute, async (c) => {
    const q = c.req.valid('query')
    const rows = await listDecisions(c.var.services.db, {
      communityId: c.var.community.id,
      before: decodeCursor(q.cursor, Cursor),
      limit: q.limit + 1,
    })
    const page = rows.slice(0, q.limit)
    const last = page.at(-1)
    const next =
      rows.length > q.limit && last ? encodeCursor([last.decidedAt, last.contentId, last.seq]) : null
    return c.json({ decisions: page.map(decisionView), next }, 200)
  })
}
