// Moderator decisions.
import { all } from '../../../core/db'

export interface DecisionRecord {
  contentId: string
  seq: number
  communityId: string
  entryId: string | null
  moderatorId: string
  action: 'approve' | 'reject' | 'remove' | 'edit'
  reason: string | null
  note: string | null
  statusBefore: string
  statusAfter: string
  version: number
  queuedAt: number | null
  contentCreatedAt: number
  decidedAt: number
}

interface DecisionRow {
  content_id: string
  seq: number
  community_id: string
  entry_id: string | null
  moderator_id: string
  action: DecisionRecord['action']
  reason: string | null
  note: string | null
  status_before: string
  status_after: string
  version: number
  queued_at: number | null
  content_created_at: number
  decided_at: number
}

function toDecision(r: DecisionRow): DecisionRecord {
  return {
    contentId: r.content_id,
    seq: r.seq,
    communityId: r.community_id,
    entryId: r.entry_id,
    moderatorId: r.moderator_id,
    action: r.action,
    reason: r.reason,
    note: r.note,
    statusBefore: r.status_before,
    statusAfter: r.status_after,
    version: r.version,
    queuedAt: r.queued_at,
    contentCreatedAt: r.content_created_at,
    decidedAt: r.decided_at,
  }
}

/** The primary key makes a decision taken from a stale `seq` fail, with the rest of its batch. */
export function insertDecision(db: D1Database, d: DecisionRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO moderation_decisions (content_id, seq, community_id, entry_id, moderator_id, action, reason, note,
         status_before, status_after, version, queued_at, content_created_at, decided_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)`,
    )
    .bind(
      d.contentId,
      d.seq,
      d.communityId,
      d.entryId,
      d.moderatorId,
      d.action,
      d.reason,
      d.note,
      d.statusBefore,
      d.statusAfter,
      d.version,
      d.queuedAt,
      d.contentCreatedAt,
      d.decidedAt,
    )
}

/** The last decision number of an item, and whether a moderator published its version `version`. */
export function decisionState(db: D1Database, contentId: string, version: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT COALESCE(MAX(seq), 0) AS seq,
         COALESCE(MAX(status_after = 'published' AND version = ?2), 0) AS cleared
       FROM moderation_decisions WHERE content_id = ?1`,
    )
    .bind(contentId, version)
}

export function decisionStateOf(result: D1Result): { seq: number; cleared: boolean } {
  const row = result.results[0] as { seq: number; cleared: number } | undefined
  return { seq: row?.seq ?? 0, cleared: row?.cleared === 1 }
}

export async function listItemDecisions(db: D1Database, communityId: string, contentId: string) {
  const rows = await all<DecisionRow>(
    db
      .prepare('SELECT * FROM moderation_decisions WHERE community_id = ?1 AND content_id = ?2 ORDER BY seq')
      .bind(communityId, contentId),
  )
  return rows.map(toDecision)
}

/** Decisions of a community, newest first, keyset-paginated on (decided_at, content_id, seq). */
export async function listDecisions(
  db: D1Database,
  q: { communityId: string; before: readonly [number, string, number] | null; limit: number },
) {
  const rows = await all<DecisionRow>(
    db
      .prepare(
        `SELECT * FROM moderation_decisions WHERE community_id = ?1
           AND (?2 IS NULL OR decided_at < ?2 OR (decided_at = ?2 AND (content_id < ?3 OR (content_id = ?3 AND seq < ?4))))
         ORDER BY decided_at DESC, content_id DESC, seq DESC LIMIT ?5`,
      )
      .bind(q.communityId, q.before?.[0] ?? null, q.before?.[1] ?? null, q.before?.[2] ?? null, q.limit),
  )
  return rows.map(toDecision)
}
