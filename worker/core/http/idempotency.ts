import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { actorId } from '../auth/principal'
import { sha256Hex } from '../crypto'
import { coreErrors } from '../errors'
import { completeKey, expireKey, findKey, releaseKey, reserveKey } from './idempotency-queries'

const KEY = /^[\x21-\x7e]{8,200}$/
/** A reservation older than this belongs to a request that died before committing anything. */
const STALE_MS = 30_000
/** How long an answer is replayed for its key; the cron purges older records. */
export const KEEP_MS = 24 * 3600_000

function scopeOf(c: Context<AppEnv>): string {
  return `${c.var.community?.id ?? '-'}:${actorId(c.var.principal)}`
}

/**
 * `Idempotency-Key` support for POST routes: a retry with the same key and body replays the first answer
 * instead of acting twice; the same key with another body is a 422. Handlers that write should also put
 * `completeIdempotency(c, …)` in their batch so the answer is recorded atomically with the write.
 */
export function idempotent(): MiddlewareHandler<AppEnv> {
  return async function idempotentRequest(c, next) {
    const key = c.req.header('idempotency-key')
    if (key === undefined) return next()
    if (!KEY.test(key)) {
      throw coreErrors.invalid_request({
        location: 'header',
        fields: [
          { path: 'Idempotency-Key', code: 'invalid_string', message: '8-200 printable ASCII characters.' },
        ],
      })
    }
    const { db, now } = c.var.services
    const scope = scopeOf(c)
    const hash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    const existing = await findKey(db, scope, key)
    if (existing && existing.createdAt > now() - KEEP_MS) {
      if (existing.requestHash !== hash) throw coreErrors.idempotency_key_reused()
      if (existing.state === 'done') {
        return c.body(existing.body, existing.status as 200, {
          'Content-Type': 'application/json',
          'Idempotent-Replayed': 'true',
        })
      }
      if (existing.createdAt > now() - STALE_MS) {
        throw coreErrors.idempotency_in_progress(undefined, { headers: { 'Retry-After': '1' } })
      }
    }
    if (existing) await expireKey(db, scope, key).run()
    const reserved = await reserveKey(db, { scope, key, requestHash: hash, now: now() }).run()
    if (!reserved.meta.changes)
      throw coreErrors.idempotency_in_progress(undefined, { headers: { 'Retry-After': '1' } })
    c.set('idempotencyKey', key)
    await next()
    if (c.res.status >= 200 && c.res.status < 300) {
      await completeKey(db, { scope, key, status: c.res.status, body: await c.res.clone().text() }).run()
    } else {
      await releaseKey(db, scope, key).run()
    }
  }
}

/** The statement recording this request's answer, for the handler's own batch (empty without a key). */
export function completeIdempotency(
  c: Context<AppEnv>,
  status: number,
  body: unknown,
): D1PreparedStatement[] {
  const key = c.var.idempotencyKey
  if (!key) return []
  return [completeKey(c.var.services.db, { scope: scopeOf(c), key, status, body: JSON.stringify(body) })]
}
