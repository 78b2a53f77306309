import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { deliveryStatement } from '../../../worker/core/delivery/service'
import worker from '../../../worker/index'
import { createCommunity, joinOpen } from '../../helpers/api'

describe('scheduled maintenance', () => {
  it('re-dispatches a delivery whose queue message was lost, and purges dead sessions and old idempotency keys', async () => {
    const community = await createCommunity()
    const { member } = await joinOpen(community.slug)
    const longAgo = Date.now() - 40 * 86_400_000
    const { id, statement } = deliveryStatement(env.DB, longAgo, {
      communityId: community.id,
      endpoint: 'safety',
      topic: 'safety.case.opened',
      data: {},
    })
    await statement.run()
    await env.DB.prepare('UPDATE sessions SET expires_at = ?1 WHERE member_id = ?2')
      .bind(longAgo, member.id)
      .run()
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at) VALUES ('s', 'old-key-000', 'h', 'done', ?1)`,
    )
      .bind(longAgo)
      .run()
    const send = vi.spyOn(env.DELIVERIES!, 'sendBatch')
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '*/5 * * * *' }), env, ctx)
    await waitOnExecutionContext(ctx)
    expect(
      send.mock.calls.flatMap((call) =>
        [...call[0]].map((m: MessageSendRequest<unknown>) => (m.body as { deliveryId: string }).deliveryId),
      ),
    ).toContain(id)
    const sessions = await env.DB.prepare('SELECT COUNT(*) AS n FROM sessions WHERE member_id = ?1')
      .bind(member.id)
      .first()
    expect(sessions?.n).toBe(0)
    const keys = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM idempotency_keys WHERE key = 'old-key-000'`,
    ).first()
    expect(keys?.n).toBe(0)
    vi.restoreAllMocks()
  })
})
