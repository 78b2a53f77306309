import { z } from '@hono/zod-openapi'
import { CommunityParams, defineRoute, json } from '../http/route'
import { definePlugin } from '../plugin'
import { iso } from '../time'
import { type AuditEntry, listAudit } from './queries'

const tags = ['Audit']
const AuditEntryView = z
  .object({
    id: z.string(),
    actorId: z.string(),
    actorRoles: z.array(z.string()),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    at: z.string(),
  })
  .openapi('AuditEntry')

const Filter = z.object({
  action: z.string().max(60).optional(),
  targetId: z.string().max(60).optional(),
  before: z.string().max(40).optional().openapi({ description: 'Cursor: the `next` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}',
  access: ['admin'],
  tags,
  summary: 'The append-only audit log, newest first',
  request: { params: CommunityParams, query: Filter },
  responses: {
    200: json(
      z.object({ entries: z.array(AuditEntryView), next: z.string().nullable() }),
      'A page of entries',
    ),
  },
})

const exportRoute = defineRoute({
  method: 'get',
  path: '/{community}/export',
  access: ['admin'],
  tags,
  summary: 'The whole audit log as NDJSON (one entry per line), for archiving',
  request: { params: CommunityParams },
  responses: { 200: { description: 'The log as `application/x-ndjson`, one entry per line' } },
})

function view(e: AuditEntry) {
  const { communityId: _c, at, ...rest } = e
  return { ...rest, at: iso(at) }
}

/** Append-only record of moderation, safety, review and admin actions: who, what, when, before and after. */
export const audit = definePlugin({
  name: 'audit',
  description: 'Append-only audit log of staff and admin actions.',
  dependencies: ['members'],
  routes: (app) => {
    app.openapi(exportRoute, async (c) => {
      const lines: string[] = []
      let before: string | null = null
      for (;;) {
        const page = await listAudit(c.var.services.db, {
          communityId: c.var.community.id,
          action: null,
          targetId: null,
          before,
          limit: 500,
        })
        for (const entry of page) lines.push(JSON.stringify(view(entry)))
        if (page.length < 500) break
        before = page.at(-1)!.id
      }
      c.header('Content-Disposition', `attachment; filename="audit-${c.var.community.slug}.ndjson"`)
      return c.body(lines.length ? `${lines.join('\n')}\n` : '', 200, {
        'Content-Type': 'application/x-ndjson',
      })
    })
    app.openapi(listRoute, async (c) => {
      const q = c.req.valid('query')
      const rows = await listAudit(c.var.services.db, {
        communityId: c.var.community.id,
        action: q.action ?? null,
        targetId: q.targetId ?? null,
        before: q.before ?? null,
        limit: q.limit + 1,
      })
      const page = rows.slice(0, q.limit)
      const next = rows.length > q.limit ? (page.at(-1)?.id ?? null) : null
      return c.json({ entries: page.map(view), next }, 200)
    })
  },
})
