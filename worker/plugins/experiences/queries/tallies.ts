import { all } from '../../../core/db'

// SQL of the aggregate tallies (one row per cell) and of "helpful" marks.

/** Adds the report's cells to the tallies if it is published now. */
export function tally(db: D1Database, id: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO experiences_tallies (community_id, field_id, key, n)
       SELECT r.community_id, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]'), 1
       FROM experiences_reports r, json_each(r.cells) c WHERE r.id = ?1 AND r.status = 'published'
       ON CONFLICT (community_id, field_id, key) DO UPDATE SET n = n + 1`,
    )
    .bind(id)
}

/** Takes the report's cells out of the tallies if it is published now (before its status or answers change). */
export function untally(db: D1Database, id: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE experiences_tallies SET n = n - 1
       WHERE community_id = (SELECT community_id FROM experiences_reports WHERE id = ?1) AND (field_id, key) IN (
         SELECT json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')
         FROM experiences_reports r, json_each(r.cells) c WHERE r.id = ?1 AND r.status = 'published')`,
    )
    .bind(id)
}

export async function tallies(db: D1Database, communityId: string): Promise<Map<string, number>> {
  const rows = await all<{ field_id: string; key: string; n: number }>(
    db
      .prepare('SELECT field_id, key, n FROM experiences_tallies WHERE community_id = ?1 AND n > 0')
      .bind(communityId),
  )
  return new Map(rows.map((r) => [`${r.field_id}\t${r.key}`, r.n]))
}

export function insertHelpful(
  db: D1Database,
  h: { reportId: string; memberId: string; communityId: string; now: number },
) {
  return db
    .prepare(
      `INSERT INTO experiences_helpful (report_id, member_id, community_id, created_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (report_id, member_id) DO NOTHING`,
    )
    .bind(h.reportId, h.memberId, h.communityId, h.now)
}

export function deleteHelpful(db: D1Database, reportId: string, memberId: string) {
  return db
    .prepare('DELETE FROM experiences_helpful WHERE report_id = ?1 AND member_id = ?2')
    .bind(reportId, memberId)
}

/** Recounts from the marks themselves, so a retried or racing mark can never be counted twice. */
export function recountHelpful(db: D1Database, reportId: string) {
  return db
    .prepare(
      `UPDATE experiences_reports SET helpful_count = (SELECT COUNT(*) FROM experiences_helpful WHERE report_id = ?1)
       WHERE id = ?1 RETURNING helpful_count`,
    )
    .bind(reportId)
}

/**
 * Which of `reportIds` the member marked helpful. Ids are time-ordered, so this reads the member's marks
 * between the page's smallest and largest id: about one row per marked report on the page.
 */
export async function helpedBy(db: D1Database, memberId: string, reportIds: readonly string[]) {
  if (reportIds.length === 0) return new Set<string>()
  const sorted = [...reportIds].sort()
  const rows = await all<{ report_id: string }>(
    db
      .prepare(
        `SELECT report_id FROM experiences_helpful
         WHERE member_id = ?1 AND report_id >= ?2 AND report_id <= ?3`,
      )
      .bind(memberId, sorted[0], sorted[sorted.length - 1]),
  )
  const wanted = new Set(reportIds)
  return new Set(rows.map((r) => r.report_id).filter((id) => wanted.has(id)))
}
