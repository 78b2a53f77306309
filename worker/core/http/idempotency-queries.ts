import { first } from '../db'

export interface IdempotencyRecord {
  requestHash: string
  state: 'pending' | 'done'
  status: number
  body: string
  createdAt: number
}

export async function findKey(db: D1Database, scope: string, key: string): Promise<IdempotencyRecord | null> {
  const row = await first<{
    request_hash: string
    state: 'pending' | 'done'
    status: number | null
    body: string | null
    created_at: number
  }>(db.prepare('SELECT * FROM idempotency_keys WHERE scope = ?1 AND key = ?2').bind(scope, key))
  return row
    ? {
        requestHash: row.request_hash,
        state: row.state,
        status: row.status ?? 200,
        body: row.body ?? '',
        createdAt: row.created_at,
      }
    : null
}

export function reserveKey(
  db: D1Database,
  r: { scope: string; key: string; requestHash: string; now: number },
) {
  return db
    .prepare(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at) VALUES (?1, ?2, ?3, 'pending', ?4)
       ON CONFLICT (scope, key) DO NOTHING`,
    )
    .bind(r.scope, r.key, r.requestHash, r.now)
}

/** Records the answer; a no-op when the handler already recorded it inside its own batch. */
export function completeKey(db: D1Database, r: { scope: string; key: string; status: number; body: string }) {
  return db
    .prepare(
      `UPDATE idempotency_keys SET state = 'done', status = ?3, body = ?4
       WHERE scope = ?1 AND key = ?2 AND state = 'pending'`,
    )
    .bind(r.scope, r.key, r.status, r.body)
}

/** Frees a reservation whose request failed; an answer already recorded is never deleted. */
export function releaseKey(db: D1Database, scope: string, key: string) {
  return db
    .prepare(`DELETE FROM idempotency_keys WHERE scope = ?1 AND key = ?2 AND state = 'pending'`)
    .bind(scope, key)
}

/** Drops an expired record (older than a day) so its key can be used afresh. */
export function expireKey(db: D1Database, scope: string, key: string) {
  return db.prepare('DELETE FROM idempotency_keys WHERE scope = ?1 AND key = ?2').bind(scope, key)
}

/** Cron: drops every record older than `before` (their keys can no longer be replayed). */
export function purgeKeys(db: D1Database, before: number) {
  return db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?1').bind(before)
}
