import { z } from '@hono/zod-openapi'
import { currentMember } from '../../../../worker/core/auth/current'
import { findContent } from '../../../../worker/core/content/queries'
import { editContent, type StoreOutcome, storeContent } from '../../../../worker/core/content/service'
import { coreErrors } from '../../../../worker/core/errors'
import { clientOf } from '../../../../worker/core/http/client'
import { completeIdempotency, idempotent } from '../../../../worker/core/http/idempotency'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../../worker/core/http/route'
import { type ContentType, definePlugin, type PluginUse, use } from '../../../../worker/core/plugin'
import { privacy } from '../../../../worker/plugins/privacy'
import { safety } from '../../../../worker/plugins/safety'
import { customApp } from '../../../helpers/custom-app'

// A content-owning test plugin ("posts": a title and a body, English or Spanish, editable by their author),
// so privacy and safety hooks can be tested through the real pipeline before any real content plugin exists.

export const postType: ContentType = {
  type: 'post',
  setStatus: () => [],
  setPublicFields: () => [],
  anonymizeAuthor: () => [],
  link: (slug, id) => `/posts/${slug}/${id}`,
}

const Post = z.object({
  id: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  fields: z.record(z.string(), z.string()),
  flags: z.array(z.string()),
  reasons: z.array(
    z.object({ hook: z.string(), code: z.string(), verdict: z.string(), message: z.string() }),
  ),
})
const Body = z.object({
  body: z.string().min(1).max(5000),
  title: z.string().max(200).optional(),
  locale: z.enum(['en', 'es']).default('en'),
})

const createRoute = defineRoute({
  method: 'post',
  path: '/{community}',
  access: 'member',
  middleware: [idempotent()],
  request: { params: CommunityParams, body: jsonBody(Body) },
  responses: { 201: json(Post, 'Stored') },
})

const editRoute = defineRoute({
  method: 'put',
  path: '/{community}/{postId}',
  access: 'member',
  request: { params: CommunityParams.extend({ postId: z.string() }), body: jsonBody(Body) },
  responses: { 200: json(Post, 'Edited') },
})

function view(o: StoreOutcome) {
  return {
    id: o.id,
    status: o.status,
    statusReason: o.statusReason,
    fields: o.fields,
    flags: o.decision.flags,
    reasons: o.decision.reasons.map((r) => ({
      hook: r.hook,
      code: r.code,
      verdict: r.verdict,
      message: r.message,
    })),
  }
}

export const postsPlugin = definePlugin({
  name: 'posts',
  description: 'Test posts',
  dependencies: ['content'],
  contentTypes: [postType],
  routes: (app) => {
    app.openapi(createRoute, async (c) => {
      const { body, title, locale } = c.req.valid('json')
      let answer = {} as ReturnType<typeof view>
      await storeContent(
        c.var.services,
        {
          community: c.var.community,
          author: currentMember(c),
          type: 'post',
          fields: title ? { title, body } : { body },
          locale,
          client: clientOf(c),
        },
        {
          commit: (o) => {
            answer = view(o)
            return completeIdempotency(c, 201, answer)
          },
          waitUntil: (p) => c.executionCtx.waitUntil(p),
        },
      )
      return c.json(answer, 201)
    })
    app.openapi(editRoute, async (c) => {
      const { postId } = c.req.valid('param')
      const { body, title } = c.req.valid('json')
      const member = currentMember(c)
      const content = await findContent(c.var.services.db, c.var.community.id, postId)
      if (!content) throw coreErrors.not_found()
      if (content.authorId !== member.id) throw coreErrors.not_owner()
      const outcome = await editContent(
        c.var.services,
        {
          community: c.var.community,
          author: member,
          content,
          fields: title ? { title, body } : { body },
          client: clientOf(c),
        },
        { commit: () => [], waitUntil: (p) => c.executionCtx.waitUntil(p) },
      )
      return c.json(view(outcome), 200)
    })
  },
})

/** The worker with privacy, safety and the posts plugin, on a clock the test controls. */
export function safetyApp(clock: { now: number } = { now: Date.now() }, extra: PluginUse[] = []) {
  return customApp([use(privacy), use(safety), use(postsPlugin), ...extra], { now: () => clock.now })
}
