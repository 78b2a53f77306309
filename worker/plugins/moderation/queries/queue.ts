// The queue of items waiting for a moderator.
import { all, parseJson } from '../../../core/db'

export interface QueueEntry {
  id: string
  communityId: string
  contentId: string
  contentType: string
  authorId: string
  held: boolean
  reasons: { hook: string; verdict: string; code: string; message: string }[]
  state: 'open' | 'closed'
  queuedAt: number
  heldAt: number | null
  closedAt: number | null
  outcome: string | null
}

interface QueueRow {
  id: string
  community_id: string
  content_id: string
  content_type: string
  author_id: string
  held: number
  reasons: string
  state: 'open' | 'closed'
  queued_at: number
  held_at: number | null
  closed_at: number | null
  outcome: string | null
}

function toEntry(r: QueueRow): QueueEntry {
  return {
    id: r.id,
    communityId: r.community_id,
    contentId: r.content_id,
    contentType: r.content_type,
    authorId: r.author_id,
    held: r.held === 1,
    reasons: parseJson(r.reasons, []),
    state: r.state,
    queuedAt: r.queued_at,
    heldAt: r.held_at,
    closedAt: r.closed_at,
    outcome: r.outcome,
  }
}

export interface Enqueue {
  id: string
  communityId: string
  contentId: string
  contentType: string
  authorId: string
  reasons: QueueEntry['reasons']
  now: number
}

function bindEnqueue(statement: D1PreparedStatement, e: Enqueue): D1PreparedStatement {
  return statement.bind(
    e.id,
    e.communityId,
    e.contentId,
    e.contentType,
    e.authorId,
    JSON.stringify(e.reasons),
    e.now,
  )
}

/**
 * Puts a held item in the queue, or marks its open entry held (keeping its place: it has waited since then).
 * The reasons are replaced by the latest pipeline's.
 */
export function enqueueHeld(db: D1Database, e: Enqueue): D1PreparedStatement {
  return bindEnqueue(
    db.prepare(
      `INSERT INTO moderation_queue (id, community_id, content_id, content_type, author_id, held, reasons, state,
         queued_at, held_at) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, 'open', ?7, ?7)
       ON CONFLICT (content_id) WHERE state = 'open'
       DO UPDATE SET held = 1, reasons = excluded.reasons, held_at = COALESCE(held_at, excluded.held_at)`,
    ),
    e,
  )
}

/** Puts a reported (still public) item in the queue unless it is already there. */
export function enqueueReported(db: D1Database, e: Enqueue): D1PreparedStatement {
  return bindEnqueue(
    db.prepare(
      `INSERT INTO moderation_queue (id, community_id, content_id, content_type, author_id, held, reasons, state,
         queued_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, 'open', ?7)
       ON CONFLICT (content_id) WHERE state = 'open' DO NOTHING`,
    ),
    e,
  )
}

/** Closes the item's open entry; `onlyHeld` leaves an entry of a public, reported item open. */
export function closeEntry(
  db: D1Database,
  c: { contentId: string; outcome: string; now: number; onlyHeld?: boolean },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE moderation_queue SET state = 'closed', closed_at = ?3, outcome = ?2
       WHERE content_id = ?1 AND state = 'open' AND (?4 = 0 OR held = 1)`,
    )
    .bind(c.contentId, c.outcome, c.now, c.onlyHeld ? 1 : 0)
}

export function findOpenEntry(db: D1Database, contentId: string): D1PreparedStatement {
  return db.prepare(`SELECT * FROM moderation_queue WHERE content_id = ?1 AND state = 'open'`).bind(contentId)
}

export function entryOf(result: D1Result): QueueEntry | null {
  const row = result.results[0] as QueueRow | undefined
  return row ? toEntry(row) : null
}

export interface QueueFilter {
  communityId: string
  held: boolean | null
  type: string | null
  code: string | null
  after: readonly [number, string] | null
  limit: number
}

/** Open entries, oldest first, keyset-paginated on (queued_at, id). */
export async function listQueue(db: D1Database, f: QueueFilter): Promise<QueueEntry[]> {
  const rows = await all<QueueRow>(
    db
      .prepare(
        `SELECT * FROM moderation_queue
         WHERE community_id = ?1 AND state = 'open' AND (?2 IS NULL OR held = ?2) AND (?3 IS NULL OR content_type = ?3)
           AND (?4 IS NULL OR EXISTS (SELECT 1 FROM json_each(reasons) WHERE json_extract(value, '$.code') = ?4))
           AND (?5 IS NULL OR queued_at > ?5 OR (queued_at = ?5 AND id > ?6))
         ORDER BY queued_at, id LIMIT ?7`,
      )
      .bind(
        f.communityId,
        f.held === null ? null : f.held ? 1 : 0,
        f.type,
        f.code,
        f.after?.[0] ?? null,
        f.after?.[1] ?? null,
        f.limit,
      ),
  )
  return rows.map(toEntry)
}
