// Listening metrics, computed from moderation tables only.
import { all, first } from '../../../core/db'
import type { MetricWindow } from '../../../core/plugin'

async function count(statement: D1PreparedStatement): Promise<number> {
  return (await first<{ n: number }>(statement))?.n ?? 0
}

export function itemsHeld(db: D1Database, w: MetricWindow): Promise<number> {
  return count(
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM moderation_queue WHERE community_id = ?1 AND held_at >= ?2 AND held_at < ?3',
      )
      .bind(w.communityId, w.from, w.to),
  )
}

export function reportsReceived(db: D1Database, w: MetricWindow): Promise<number> {
  return count(
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM moderation_reports WHERE community_id = ?1 AND created_at >= ?2 AND created_at < ?3',
      )
      .bind(w.communityId, w.from, w.to),
  )
}

/** Median hours from entering the queue to a decision, over the decisions taken in the window. */
export async function medianHoursToDecision(db: D1Database, w: MetricWindow): Promise<number | null> {
  const scope = `FROM moderation_decisions
    WHERE community_id = ?1 AND decided_at >= ?2 AND decided_at < ?3 AND queued_at IS NOT NULL`
  const n = await count(db.prepare(`SELECT COUNT(*) AS n ${scope}`).bind(w.communityId, w.from, w.to))
  if (n === 0) return null
  const middle = await all<{ d: number }>(
    db
      .prepare(`SELECT decided_at - queued_at AS d ${scope} ORDER BY d LIMIT ?4 OFFSET ?5`)
      .bind(w.communityId, w.from, w.to, n % 2 === 0 ? 2 : 1, Math.floor((n - 1) / 2)),
  )
  const ms = middle.reduce((sum, r) => sum + r.d, 0) / middle.length
  return Math.round((ms / 3_600_000) * 100) / 100
}

/** Of the new posts screened in the window, the share rejected by a word list or repeat rule, or by a moderator. */
export async function shareRejected(db: D1Database, w: MetricWindow): Promise<number | null> {
  const row = await first<{ posts: number; auto: number; manual: number }>(
    db
      .prepare(
        `SELECT
           (SELECT COUNT(*) FROM moderation_activity
             WHERE community_id = ?1 AND is_edit = 0 AND created_at >= ?2 AND created_at < ?3) AS posts,
           (SELECT COUNT(*) FROM moderation_activity
             WHERE community_id = ?1 AND is_edit = 0 AND verdict = 'reject' AND created_at >= ?2 AND created_at < ?3)
             AS auto,
           (SELECT COUNT(DISTINCT content_id) FROM moderation_decisions
             WHERE community_id = ?1 AND action = 'reject' AND content_created_at >= ?2 AND content_created_at < ?3)
             AS manual`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  if (!row || row.posts === 0) return null
  return Math.round(((row.auto + row.manual) / row.posts) * 1000) / 1000
}
