import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hmacSha256Hex, timingSafeEqual } from '../../../../worker/core/crypto'
import worker from '../../../../worker/index'
import { ADMIN_TOKEN, api, staffMember } from '../../../helpers/api'
import { joinMember, safetyCommunity, setSafetyEndpoint } from './fixtures'
import { safetyApp } from './posts-app'

const app = safetyApp()

/** Captures what would go to the queue, so the test drives the real consumer itself. */
function captureQueue() {
  const sent: string[] = []
  vi.spyOn(env.DELIVERIES!, 'sendBatch').mockImplementation(async (messages) => {
    for (const m of messages) sent.push((m.body as { deliveryId: string }).deliveryId)
    return undefined as never
  })
  return sent
}

function receiver(status: number) {
  const received: Request[] = []
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    received.push(new Request(input as RequestInfo, init))
    return new Response('ok', { status })
  })
  return { received, spy }
}

async function consume(deliveryId: string, attempts: number) {
  const batch = createMessageBatch('cocreate-deliveries', [
    { id: `m-${attempts}`, timestamp: new Date(), attempts, body: { deliveryId } },
  ])
  const ctx = createExecutionContext()
  await worker.queue(batch as never, env)
  return getQueueResult(batch, ctx)
}

/** The receiver's side: the signature recipe documented in the README. */
async function verify(secret: string, header: string, body: string): Promise<boolean> {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]))
  const expected = await hmacSha256Hex(secret, `${parts.t}.${body}`)
  return timingSafeEqual(expected, parts.v1 ?? '')
}

afterEach(() => vi.restoreAllMocks())

describe('delivery of safety cases to the safety system', () => {
  it('delivers a case opened while the receiver is down once it is back: nothing lost, nothing twice', async () => {
    const community = await safetyCommunity()
    const secret = await setSafetyEndpoint(community.slug)
    const author = await joinMember(app, community.slug, { email: 'pat@example.com' })
    const queued = captureQueue()
    const stored = await app(`/v1/posts/${community.slug}`, {
      body: { body: 'My eyes turned yellow after two weeks on Trimly.' },
      token: author.token,
    })
    expect(stored.status).toBe(201)
    expect(queued).toHaveLength(1)
    const deliveryId = queued[0]!

    const down = receiver(503)
    const first = await consume(deliveryId, 1)
    expect(first.retryMessages).toHaveLength(1)
    expect(first.explicitAcks).toEqual([])
    expect(down.received).toHaveLength(1)
    down.spy.mockRestore()

    const up = receiver(200)
    expect((await consume(deliveryId, 2)).explicitAcks).toEqual(['m-2'])
    // The queue delivers at least once: a redelivered message is acknowledged without posting again.
    expect((await consume(deliveryId, 3)).explicitAcks).toEqual(['m-3'])
    expect(up.received).toHaveLength(1)

    const request = up.received[0]!
    expect(request.url).toBe('https://safety.northwind.example/intake')
    expect(request.headers.get('x-cocreate-delivery')).toBe(deliveryId)
    expect(request.headers.get('x-cocreate-topic')).toBe('safety.case.opened')
    const body = await request.text()
    expect(await verify(secret, request.headers.get('x-cocreate-signature')!, body)).toBe(true)
    expect(
      await verify('a-wrong-secret-000000000000000', request.headers.get('x-cocreate-signature')!, body),
    ).toBe(false)
    const payload = JSON.parse(body)
    expect(payload).toMatchObject({
      id: deliveryId,
      topic: 'safety.case.opened',
      data: {
        event: 'opened',
        community: { slug: community.slug, hco: 'Northwind Health' },
        case: {
          status: 'new',
          possiblySerious: true,
          text: { body: 'My eyes turned yellow after two weeks on Trimly.' },
          reporter: { email: 'pat@example.com' },
          content: { type: 'post', id: stored.body.id },
        },
        e2b: { 'C.1.7': true },
      },
    })

    const log = await api(`/v1/deliveries/${community.slug}`, { token: ADMIN_TOKEN })
    expect(log.body.deliveries).toEqual([
      expect.objectContaining({ id: deliveryId, status: 'delivered', attempts: 2, lastStatus: 200 }),
    ])
  })

  it('delivers each status change, and shows an undeliverable one in the dead-letter list for replay', async () => {
    const community = await safetyCommunity()
    await setSafetyEndpoint(community.slug)
    const author = await joinMember(app, community.slug)
    const queued = captureQueue()
    await app(`/v1/posts/${community.slug}`, {
      body: { body: 'Terrible headaches since I started.' },
      token: author.token,
    })
    const safety = await staffMember(community.slug, ['safety'])
    const list = await app(`/v1/safety/${community.slug}/cases`, { token: safety.token })
    const caseId = list.body.cases[0].id
    const moved = await app(`/v1/safety/${community.slug}/cases/${caseId}/status`, {
      body: { status: 'ae_incomplete', note: 'No age or dose yet.' },
      token: safety.token,
    })
    expect(moved.status).toBe(200)
    expect(queued).toHaveLength(2)

    const up = receiver(200)
    await consume(queued[1]!, 1)
    const payload = JSON.parse(await up.received[0]!.text())
    expect(payload).toMatchObject({
      topic: 'safety.case.status_changed',
      data: {
        event: 'status_changed',
        case: { id: caseId, number: 1, status: 'ae_incomplete', version: 2 },
        change: { from: 'new', to: 'ae_incomplete', note: 'No age or dose yet.', by: safety.member.id },
      },
    })

    // The queue gave up on the first one (dead-letter queue): staff see it and replay it with the same id.
    const dlq = createMessageBatch('cocreate-deliveries-dlq', [
      { id: 'dead-1', timestamp: new Date(), attempts: 7, body: { deliveryId: queued[0]! } },
    ])
    await worker.queue(dlq as never, env)
    const dead = await app(`/v1/deliveries/${community.slug}?status=dead`, { token: safety.token })
    expect(dead.body.deliveries.map((d: any) => [d.id, d.topic])).toEqual([[queued[0], 'safety.case.opened']])
    const replay = await app(`/v1/deliveries/${community.slug}/${queued[0]}/replay`, {
      method: 'POST',
      token: safety.token,
    })
    expect(replay.status).toBe(202)
    expect(queued.at(-1)).toBe(queued[0])
  })
})
