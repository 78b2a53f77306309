import type { OpenAPIHono } from '@hono/zod-openapi'
import { completeIdempotency, idempotent } from '../../../core/http/idempotency'
import { CommunityParams, defineRoute, idParam, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { blockStatements, unblockStatements } from '../members'
import { BlockRequest, MemberStatusView, UnblockRequest } from '../schema'

const tags = ['Moderation']
const MemberParams = CommunityParams.extend({ memberId: idParam('memberId', 'mem') })

const blockRoute = defineRoute({
  method: 'post',
  path: '/{community}/members/{memberId}/block',
  access: ['moderator'],
  middleware: [idempotent()],
  tags,
  summary: 'Block a member (sessions end, posting refused) with a reason code; audited',
  request: { params: MemberParams, body: jsonBody(BlockRequest) },
  responses: { 200: json(MemberStatusView, 'Blocked (changed: false if already blocked)') },
})

const unblockRoute = defineRoute({
  method: 'post',
  path: '/{community}/members/{memberId}/unblock',
  access: ['moderator'],
  middleware: [idempotent()],
  tags,
  summary: 'Unblock a member; audited',
  request: { params: MemberParams, body: jsonBody(UnblockRequest) },
  responses: { 200: json(MemberStatusView, 'Active (changed: false if they were not blocked)') },
})

export function memberRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(blockRoute, async (c) => {
    const { memberId } = c.req.valid('param')
    const block = await blockStatements(c, memberId, c.req.valid('json'))
    const body = { memberId, status: 'blocked' as const, changed: block.changed }
    if (block.changed)
      await c.var.services.db.batch([...block.statements, ...completeIdempotency(c, 200, body)])
    return c.json(body, 200)
  })

  app.openapi(unblockRoute, async (c) => {
    const { memberId } = c.req.valid('param')
    const unblock = await unblockStatements(c, memberId, c.req.valid('json').note)
    const body = { memberId, status: 'active' as const, changed: unblock.changed }
    if (unblock.changed) {
      await c.var.services.db.batch([...unblock.statements, ...completeIdempotency(c, 200, body)])
    }
    return c.json(body, 200)
  })
}
