import type { Bindings } from '../../env'
import { hmacSha256Hex, newId } from '../crypto'
import { iso } from '../time'
import {
  findDelivery,
  findEndpoint,
  insertDelivery,
  listStalePending,
  markDead,
  recordAttempt,
} from './queries'

/** Attempts before a delivery without a queue is declared dead (the queue has its own `max_retries`). */
export const MAX_ATTEMPTS = 7
const TIMEOUT_MS = 10_000

export interface DeliveryMessage {
  deliveryId: string
}

export interface DeliveryRequest {
  communityId: string
  /** Name of an endpoint configured for the community (`PUT /v1/deliveries/{community}/endpoints/{name}`). */
  endpoint: string
  topic: string
  data: unknown
}

/**
 * The outbox row for one delivery: commit it in the same batch as the event it reports (so the event and
 * its delivery cannot be separated), then call `dispatch` with the id.
 */
export function deliveryStatement(db: D1Database, now: number, request: DeliveryRequest) {
  const id = newId('dlv', now)
  const payload = JSON.stringify({ id, topic: request.topic, createdAt: iso(now), data: request.data })
  return {
    id,
    statement: insertDelivery(db, {
      id,
      communityId: request.communityId,
      endpoint: request.endpoint,
      topic: request.topic,
      payload,
      now,
    }),
  }
}

/** Hands committed deliveries to the queue; without a queue binding, attempts them once in the background. */
export async function dispatch(
  env: Bindings,
  now: () => number,
  ids: string[],
  waitUntil: (p: Promise<unknown>) => void,
) {
  if (ids.length === 0) return
  if (env.DELIVERIES) {
    await env.DELIVERIES.sendBatch(
      ids.map((deliveryId) => ({ body: { deliveryId } satisfies DeliveryMessage })),
    )
    return
  }
  for (const id of ids) waitUntil(attemptDelivery(env, now, id))
}

export type AttemptResult = 'delivered' | 'retry' | 'done'

/** Signs `t.<body>` with the endpoint's secret, Stripe-style, so receivers can check origin and freshness. */
export async function signature(secret: string, timestamp: number, body: string): Promise<string> {
  return `t=${timestamp},v1=${await hmacSha256Hex(secret, `${timestamp}.${body}`)}`
}

async function post(
  url: string,
  secret: string,
  delivery: { id: string; topic: string; payload: string },
  now: number,
) {
  const timestamp = Math.floor(now / 1000)
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Cocreate-Webhooks/1',
        'X-Cocreate-Delivery': delivery.id,
        'X-Cocreate-Topic': delivery.topic,
        'X-Cocreate-Signature': await signature(secret, timestamp, delivery.payload),
      },
      body: delivery.payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await res.body?.cancel()
    return { ok: res.ok, status: res.status, error: res.ok ? null : `HTTP ${res.status}` }
  } catch (err) {
    return {
      ok: false,
      status: null,
      error: err instanceof Error ? err.message.slice(0, 300) : 'network error',
    }
  }
}

/**
 * One attempt. A delivery already delivered is never sent again, so a message the queue redelivers (at-least-
 * once) does not reach the receiver twice; receivers should still de-duplicate on `X-Cocreate-Delivery`.
 */
export async function attemptDelivery(env: Bindings, now: () => number, id: string): Promise<AttemptResult> {
  const delivery = await findDelivery(env.DB, id)
  if (delivery?.status !== 'pending') return 'done'
  const endpoint = await findEndpoint(env.DB, delivery.communityId, delivery.endpoint)
  const result = endpoint
    ? await post(endpoint.url, endpoint.secret, delivery, now())
    : { ok: false, status: null, error: `endpoint "${delivery.endpoint}" is not configured` }
  const exhausted = !env.DELIVERIES && delivery.attempts + 1 >= MAX_ATTEMPTS
  const status = result.ok ? 'delivered' : exhausted ? 'dead' : 'pending'
  await recordAttempt(env.DB, {
    id,
    status,
    httpStatus: result.status,
    error: result.error,
    now: now(),
  }).run()
  return result.ok ? 'delivered' : exhausted ? 'done' : 'retry'
}

/** Exponential back-off: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1))
}

/** The queue consumer. Messages from the dead-letter queue mark their delivery dead, for staff to replay. */
export async function consumeDeliveries(
  batch: MessageBatch<DeliveryMessage>,
  env: Bindings,
  now: () => number,
) {
  const dead = batch.queue.endsWith('-dlq')
  for (const message of batch.messages) {
    const id = message.body?.deliveryId
    if (!id) {
      message.ack()
      continue
    }
    if (dead) {
      await markDead(env.DB, id, now()).run()
      message.ack()
      continue
    }
    const result = await attemptDelivery(env, now, id)
    if (result === 'retry') message.retry({ delaySeconds: backoffSeconds(message.attempts) })
    else message.ack()
  }
}

/** Cron: re-dispatches pending deliveries whose message was lost (or that have no queue to retry them). */
export async function sweepDeliveries(
  env: Bindings,
  now: () => number,
  waitUntil: (p: Promise<unknown>) => void,
) {
  // With a queue, a pending delivery may be waiting out its back-off (under 40 minutes in all): only one
  // untouched for two hours has lost its message. Without a queue, the sweep is the retry mechanism.
  const quiet = env.DELIVERIES ? 2 * 3600_000 : 5 * 60_000
  const stale = await listStalePending(env.DB, now() - quiet, 100)
  await dispatch(env, now, stale, waitUntil)
}
