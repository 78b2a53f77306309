import { z } from '@hono/zod-openapi'
import { auditStatement } from '../audit/record'
import { defineErrors } from '../errors'
import { waitUntil } from '../http/client'
import { CommunityParams, defineRoute, idParam, json, jsonBody } from '../http/route'
import { definePlugin } from '../plugin'
import { iso, isoOrNull } from '../time'
import {
  type DeliveryRecord,
  findDelivery,
  listDeliveries,
  listEndpoints,
  resetForReplay,
  upsertEndpoint,
} from './queries'
import { dispatch } from './service'

const tags = ['Deliveries']
export const deliveryErrors = defineErrors({
  delivery_not_found: { status: 404, message: 'No delivery with this id in this community.' },
  delivery_not_dead: { status: 409, message: 'Only dead deliveries can be replayed.' },
})

const Delivery = z
  .object({
    id: z.string(),
    endpoint: z.string(),
    topic: z.string(),
    status: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number(),
    lastStatus: z.number().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .openapi('Delivery')

const EndpointName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{1,30}$/)
  .openapi({ param: { name: 'name', in: 'path' }, example: 'safety' })

const putEndpoint = defineRoute({
  method: 'put',
  path: '/{community}/endpoints/{name}',
  access: ['admin'],
  tags,
  summary: 'Configure a webhook endpoint (e.g. `safety`: the safety system); the secret is write-only',
  request: {
    params: CommunityParams.extend({ name: EndpointName }),
    body: jsonBody(
      z.object({ url: z.url({ protocol: /^https?$/ }).max(500), secret: z.string().min(24).max(256) }),
    ),
  },
  responses: { 200: json(z.object({ name: z.string(), url: z.string(), updatedAt: z.string() }), 'Saved') },
})

const getEndpoints = defineRoute({
  method: 'get',
  path: '/{community}/endpoints',
  access: ['admin', 'safety'],
  tags,
  summary: 'Configured webhook endpoints (without secrets)',
  request: { params: CommunityParams },
  responses: {
    200: json(
      z.object({
        endpoints: z.array(z.object({ name: z.string(), url: z.string(), updatedAt: z.string() })),
      }),
      'Endpoints',
    ),
  },
})

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}',
  access: ['admin', 'safety'],
  tags,
  summary: 'Outbound deliveries, newest first; `status=dead` is the dead-letter list',
  request: {
    params: CommunityParams,
    query: z.object({
      status: z.enum(['pending', 'delivered', 'dead']).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: { 200: json(z.object({ deliveries: z.array(Delivery) }), 'Deliveries') },
})

const replayRoute = defineRoute({
  method: 'post',
  path: '/{community}/{deliveryId}/replay',
  access: ['admin', 'safety'],
  tags,
  summary: 'Send a dead delivery again (same delivery id, so receivers still de-duplicate)',
  request: { params: CommunityParams.extend({ deliveryId: idParam('deliveryId', 'dlv') }) },
  responses: { 202: json(Delivery, 'Queued again') },
})

function view(d: DeliveryRecord) {
  return {
    id: d.id,
    endpoint: d.endpoint,
    topic: d.topic,
    status: d.status,
    attempts: d.attempts,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: iso(d.createdAt),
    deliveredAt: isoOrNull(d.deliveredAt),
  }
}

/** Outbound webhooks: endpoints per community, the delivery log, the dead-letter list and replay. */
export const deliveries = definePlugin({
  name: 'deliveries',
  description: 'Signed outbound webhooks through a queue, with retries, a dead-letter list and replay.',
  dependencies: ['audit'],
  errors: deliveryErrors,
  routes: (app) => {
    app.openapi(getEndpoints, async (c) => {
      const endpoints = await listEndpoints(c.var.services.db, c.var.community.id)
      return c.json(
        { endpoints: endpoints.map((e) => ({ name: e.name, url: e.url, updatedAt: iso(e.updatedAt) })) },
        200,
      )
    })
    app.openapi(putEndpoint, async (c) => {
      const { name } = c.req.valid('param')
      const { url, secret } = c.req.valid('json')
      const { db, now } = c.var.services
      await db.batch([
        upsertEndpoint(db, { communityId: c.var.community.id, name, url, secret, now: now() }),
        auditStatement(c, {
          action: 'delivery.endpoint',
          targetType: 'endpoint',
          targetId: name,
          after: { url },
        }),
      ])
      return c.json({ name, url, updatedAt: iso(now()) }, 200)
    })
    app.openapi(listRoute, async (c) => {
      const q = c.req.valid('query')
      const rows = await listDeliveries(c.var.services.db, {
        communityId: c.var.community.id,
        status: q.status ?? null,
        limit: q.limit,
      })
      return c.json({ deliveries: rows.map(view) }, 200)
    })
    app.openapi(replayRoute, async (c) => {
      const { deliveryId } = c.req.valid('param')
      const { db, now, env } = c.var.services
      const delivery = await findDelivery(db, deliveryId)
      if (!delivery || delivery.communityId !== c.var.community.id) throw deliveryErrors.delivery_not_found()
      if (delivery.status !== 'dead') throw deliveryErrors.delivery_not_dead({ status: delivery.status })
      await db.batch([
        resetForReplay(db, deliveryId, c.var.community.id, now()),
        auditStatement(c, { action: 'delivery.replay', targetType: 'delivery', targetId: deliveryId }),
      ])
      await dispatch(env, now, [deliveryId], waitUntil(c))
      return c.json(view({ ...delivery, status: 'pending', attempts: 0 }), 202)
    })
  },
})
