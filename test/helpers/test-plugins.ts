import { z } from '@hono/zod-openapi'
import { currentMember } from '../../worker/core/auth/current'
import type { BeforeStoreHook } from '../../worker/core/content/pipeline'
import { storeContent } from '../../worker/core/content/service'
import { clientOf } from '../../worker/core/http/client'
import { completeIdempotency, idempotent } from '../../worker/core/http/idempotency'
import { CommunityParams, defineRoute, json, jsonBody } from '../../worker/core/http/route'
import { type ContentType, definePlugin, type Plugin } from '../../worker/core/plugin'

/** A content type with no table of its own: enough to drive the core pipeline in tests. */
export const noteType: ContentType = {
  type: 'note',
  setStatus: () => [],
  setPublicFields: () => [],
  anonymizeAuthor: () => [],
  link: (slug, id) => `/notes/${slug}/${id}`,
}

const postRoute = defineRoute({
  method: 'post',
  path: '/{community}',
  access: 'member',
  middleware: [idempotent()],
  request: { params: CommunityParams, body: jsonBody(z.object({ body: z.string().min(1).max(2000) })) },
  responses: {
    201: json(
      z.object({
        id: z.string(),
        status: z.string(),
        body: z.string(),
        flags: z.array(z.string()),
        reasons: z.array(z.object({ hook: z.string(), code: z.string(), verdict: z.string() })),
      }),
      'Stored',
    ),
  },
})

/** A plugin that stores notes through the real pipeline, with the given hooks. */
export function notesPlugin(hooks: { name: string; run: BeforeStoreHook }[] = [], optional = false): Plugin {
  return definePlugin({
    name: 'notes',
    description: 'Test notes',
    optional,
    dependencies: ['content'],
    contentTypes: [noteType],
    hooks: () => ({ beforeStore: hooks }),
    routes: (app) => {
      app.openapi(postRoute, async (c) => {
        const member = currentMember(c)
        let body: Record<string, unknown> = {}
        const outcome = await storeContent(
          c.var.services,
          {
            community: c.var.community,
            author: member,
            type: 'note',
            fields: { body: c.req.valid('json').body },
            locale: 'en',
            client: clientOf(c),
          },
          {
            commit: (o) => {
              body = {
                id: o.id,
                status: o.status,
                body: o.fields.body ?? '',
                flags: o.decision.flags,
                reasons: o.decision.reasons.map((r) => ({ hook: r.hook, code: r.code, verdict: r.verdict })),
              }
              return completeIdempotency(c, 201, body)
            },
            waitUntil: (p) => c.executionCtx.waitUntil(p),
          },
        )
        void outcome
        return c.json(body as never, 201)
      })
    },
  })
}
