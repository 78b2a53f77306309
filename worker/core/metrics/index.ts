import { z } from '@hono/zod-openapi'
import { CommunityParams, defineRoute, json } from '../http/route'
import { definePlugin } from '../plugin'
import { enabledFor } from '../plugin-host'
import { DAY_MS, iso } from '../time'
import { contributors, membersJoined, postsPublished } from './queries'

const MAX_WINDOW_MS = 731 * DAY_MS

const Metric = z
  .object({
    name: z.string(),
    plugin: z.string(),
    label: z.string(),
    unit: z.string(),
    description: z.string(),
    value: z.number().nullable(),
  })
  .openapi('Metric')

const metricsRoute = defineRoute({
  method: 'get',
  path: '/{community}',
  access: ['analyst', 'admin'],
  tags: ['Listening'],
  summary: 'Listening metrics of every enabled plugin over a time window (default: the last 30 days)',
  request: {
    params: CommunityParams,
    query: z
      .object({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() })
      .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
        message: '`from` must be before `to`.',
        path: ['from'],
      })
      .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= MAX_WINDOW_MS, {
        message: 'The window may span at most two years.',
        path: ['to'],
      }),
  },
  responses: {
    200: json(z.object({ from: z.string(), to: z.string(), metrics: z.array(Metric) }), 'Metric values'),
  },
})

/** Listening metrics: each plugin declares its own; this feature computes them for a window. */
export const metrics = definePlugin({
  name: 'metrics',
  description: 'Listening metrics contributed by every plugin.',
  dependencies: ['members'],
  metrics: [
    {
      name: 'metrics.members_joined',
      label: 'Members joined',
      unit: 'count',
      description: 'People who joined the community in the window.',
      compute: membersJoined,
    },
    {
      name: 'metrics.contributors',
      label: 'Contributors',
      unit: 'count',
      description: 'Members who posted anything (any status) in the window.',
      compute: contributors,
    },
    {
      name: 'metrics.posts_published',
      label: 'Posts published',
      unit: 'count',
      description: 'Consumer posts of every type published in the window.',
      compute: postsPublished,
    },
  ],
  routes: (app) => {
    app.openapi(metricsRoute, async (c) => {
      const q = c.req.valid('query')
      const to = q.to ? Date.parse(q.to) : c.var.services.now()
      const from = q.from ? Date.parse(q.from) : to - 30 * DAY_MS
      const { registry, db } = c.var.services
      const enabled = enabledFor(registry, registry.metrics, c.var.community.plugins)
      const window = { communityId: c.var.community.id, from, to }
      const values = await Promise.all(enabled.map((m) => m.compute(db, window)))
      const metrics = enabled.map(({ compute: _c, ...m }, i) => ({ ...m, value: values[i] ?? null }))
      return c.json({ from: iso(from), to: iso(to), metrics }, 200)
    })
  },
})
