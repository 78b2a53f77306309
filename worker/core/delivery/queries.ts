import { all, first } from '../db'

export type DeliveryStatus = 'pending' | 'delivered' | 'dead'

export interface DeliveryRecord {
  id: string
  communityId: string
  endpoint: string
  topic: string
  payload: string
  status: DeliveryStatus
  attempts: number
  lastStatus: number | null
  lastError: string | null
  createdAt: number
  updatedAt: number
  deliveredAt: number | null
}

interface DeliveryRow {
  id: string
  community_id: string
  endpoint: string
  topic: string
  payload: string
  status: DeliveryStatus
  attempts: number
  last_status: number | null
  last_error: string | null
  created_at: number
  updated_at: number
  delivered_at: number | null
}

function toDelivery(r: DeliveryRow): DeliveryRecord {
  return {
    id: r.id,
    communityId: r.community_id,
    endpoint: r.endpoint,
    topic: r.topic,
    payload: r.payload,
    status: r.status,
    attempts: r.attempts,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deliveredAt: r.delivered_at,
  }
}

export function insertDelivery(
  db: D1Database,
  d: { id: string; communityId: string; endpoint: string; topic: string; payload: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO deliveries (id, community_id, endpoint, topic, payload, status, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?6)`,
    )
    .bind(d.id, d.communityId, d.endpoint, d.topic, d.payload, d.now)
}

export async function findDelivery(db: D1Database, id: string): Promise<DeliveryRecord | null> {
  const row = await first<DeliveryRow>(db.prepare('SELECT * FROM deliveries WHERE id = ?1').bind(id))
  return row ? toDelivery(row) : null
}

export async function listDeliveries(
  db: D1Database,
  q: { communityId: string; status: DeliveryStatus | null; limit: number },
): Promise<DeliveryRecord[]> {
  const rows = await all<DeliveryRow>(
    db
      .prepare(
        `SELECT * FROM deliveries WHERE community_id = ?1 AND (?2 IS NULL OR status = ?2)
         ORDER BY created_at DESC LIMIT ?3`,
      )
      .bind(q.communityId, q.status, q.limit),
  )
  return rows.map(toDelivery)
}

/** Pending deliveries not touched for a while: their queue message was lost or never sent. */
export async function listStalePending(db: D1Database, olderThan: number, limit: number): Promise<string[]> {
  const rows = await all<{ id: string }>(
    db
      .prepare(
        `SELECT id FROM deliveries WHERE status = 'pending' AND updated_at < ?1 ORDER BY updated_at LIMIT ?2`,
      )
      .bind(olderThan, limit),
  )
  return rows.map((r) => r.id)
}

export function recordAttempt(
  db: D1Database,
  a: { id: string; status: DeliveryStatus; httpStatus: number | null; error: string | null; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE deliveries SET status = ?2, attempts = attempts + 1, last_status = ?3, last_error = ?4, updated_at = ?5,
         delivered_at = CASE WHEN ?2 = 'delivered' THEN ?5 ELSE delivered_at END
       WHERE id = ?1 AND status != 'delivered'`,
    )
    .bind(a.id, a.status, a.httpStatus, a.error, a.now)
}

export function markDead(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db
    .prepare(`UPDATE deliveries SET status = 'dead', updated_at = ?2 WHERE id = ?1 AND status = 'pending'`)
    .bind(id, now)
}

export function resetForReplay(
  db: D1Database,
  id: string,
  communityId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE deliveries SET status = 'pending', attempts = 0, updated_at = ?3
       WHERE id = ?1 AND community_id = ?2 AND status = 'dead'`,
    )
    .bind(id, communityId, now)
}

export interface EndpointRecord {
  name: string
  url: string
  secret: string
  updatedAt: number
}

export async function findEndpoint(
  db: D1Database,
  communityId: string,
  name: string,
): Promise<EndpointRecord | null> {
  const row = await first<{ name: string; url: string; secret: string; updated_at: number }>(
    db
      .prepare('SELECT * FROM delivery_endpoints WHERE community_id = ?1 AND name = ?2')
      .bind(communityId, name),
  )
  return row ? { name: row.name, url: row.url, secret: row.secret, updatedAt: row.updated_at } : null
}

export async function listEndpoints(db: D1Database, communityId: string): Promise<EndpointRecord[]> {
  const rows = await all<{ name: string; url: string; secret: string; updated_at: number }>(
    db.prepare('SELECT * FROM delivery_endpoints WHERE community_id = ?1 ORDER BY name').bind(communityId),
  )
  return rows.map((r) => ({ name: r.name, url: r.url, secret: r.secret, updatedAt: r.updated_at }))
}

export function upsertEndpoint(
  db: D1Database,
  e: { communityId: string; name: string; url: string; secret: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO delivery_endpoints (community_id, name, url, secret, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (community_id, name) DO UPDATE SET url = ?3, secret = ?4, updated_at = ?5`,
    )
    .bind(e.communityId, e.name, e.url, e.secret, e.now)
}
