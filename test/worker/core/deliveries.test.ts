import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deliveryStatement, signature } from '../../../worker/core/delivery/service'
import worker from '../../../worker/index'
import { ADMIN_TOKEN, api, createCommunity, staffMember } from '../../helpers/api'

const SECRET = 'receiver-shared-secret-0123456789'

async function setup() {
  const community = await createCommunity()
  const res = await api(`/v1/deliveries/${community.slug}/endpoints/safety`, {
    method: 'PUT',
    body: { url: 'https://safety.example/intake', secret: SECRET },
    token: ADMIN_TOKEN,
  })
  expect(res.status).toBe(200)
  const { id, statement } = deliveryStatement(env.DB, Date.now(), {
    communityId: community.id,
    endpoint: 'safety',
    topic: 'safety.case.opened',
    data: { caseId: 'case_1' },
  })
  await statement.run()
  return { community, id }
}

/** Runs the real queue consumer on one message, as the queue would deliver it. */
async function consume(queue: string, deliveryId: string, attempts = 1) {
  const batch = createMessageBatch(queue, [
    { id: `m-${attempts}`, timestamp: new Date(), attempts, body: { deliveryId } },
  ])
  const ctx = createExecutionContext()
  await worker.queue(batch as never, env)
  return getQueueResult(batch, ctx)
}

function receiver(status: number) {
  const received: Request[] = []
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    received.push(new Request(input as RequestInfo, init))
    return new Response('ok', { status })
  })
  return { received, spy }
}

afterEach(() => vi.restoreAllMocks())

describe('webhook deliveries', () => {
  it('retries with back-off while the receiver is down, delivers once it is back, and never twice', async () => {
    const { community, id } = await setup()
    const down = receiver(503)
    const first = await consume('cocreate-deliveries', id, 1)
    expect(first.explicitAcks).toEqual([])
    expect(first.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['m-1'])
    expect(down.received).toHaveLength(1)
    down.spy.mockRestore()

    const up = receiver(200)
    const second = await consume('cocreate-deliveries', id, 2)
    expect(second.explicitAcks).toEqual(['m-2'])
    // The queue redelivers (at-least-once): the consumer acknowledges without posting again.
    const third = await consume('cocreate-deliveries', id, 3)
    expect(third.explicitAcks).toEqual(['m-3'])
    expect(up.received).toHaveLength(1)

    const list = await api(`/v1/deliveries/${community.slug}`, { token: ADMIN_TOKEN })
    expect(list.body.deliveries[0]).toMatchObject({ id, status: 'delivered', attempts: 2, lastStatus: 200 })
  })

  it('signs the body so the receiver can verify origin and freshness', async () => {
    const { id } = await setup()
    const { received } = receiver(200)
    await consume('cocreate-deliveries', id)
    const request = received[0]!
    const body = await request.text()
    const header = request.headers.get('x-cocreate-signature')!
    const t = Number(/t=(\d+)/.exec(header)?.[1])
    expect(header).toBe(await signature(SECRET, t, body))
    expect(request.headers.get('x-cocreate-delivery')).toBe(id)
    expect(JSON.parse(body)).toMatchObject({ id, topic: 'safety.case.opened', data: { caseId: 'case_1' } })
  })

  it('marks a delivery dead when the dead-letter queue gets it, and replays it on request', async () => {
    const { community, id } = await setup()
    await consume('cocreate-deliveries-dlq', id)
    const dead = await api(`/v1/deliveries/${community.slug}?status=dead`, { token: ADMIN_TOKEN })
    expect(dead.body.deliveries.map((d: { id: string }) => d.id)).toEqual([id])
    const safety = await staffMember(community.slug, ['safety'])
    const send = vi.spyOn(env.DELIVERIES!, 'sendBatch')
    const replay = await api(`/v1/deliveries/${community.slug}/${id}/replay`, {
      method: 'POST',
      token: safety.token,
    })
    expect(replay.status).toBe(202)
    expect(replay.body).toMatchObject({ id, status: 'pending', attempts: 0 })
    expect(send).toHaveBeenCalledWith([{ body: { deliveryId: id } }])
    const again = await api(`/v1/deliveries/${community.slug}/${id}/replay`, {
      method: 'POST',
      token: safety.token,
    })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('delivery_not_dead')
  })

  it('keeps endpoint secrets write-only and refuses replay across communities', async () => {
    const { community, id } = await setup()
    const res = await api(`/v1/deliveries/${community.slug}/endpoints`, { token: ADMIN_TOKEN })
    expect(res.body.endpoints).toEqual([
      { name: 'safety', url: 'https://safety.example/intake', updatedAt: expect.any(String) },
    ])
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    const other = await createCommunity()
    const replay = await api(`/v1/deliveries/${other.slug}/${id}/replay`, {
      method: 'POST',
      token: ADMIN_TOKEN,
    })
    expect(replay.status).toBe(404)
    expect(replay.body.error.code).toBe('delivery_not_found')
  })
})

describe('back-off', () => {
  it('doubles from 30 seconds and stops at an hour', async () => {
    const { backoffSeconds } = await import('../../../worker/core/delivery/service')
    expect([1, 2, 3, 4, 10].map(backoffSeconds)).toEqual([30, 60, 120, 240, 3600])
  })
})
