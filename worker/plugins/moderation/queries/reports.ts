// Member reports.
import { all, first } from '../../../core/db'
import type { ReportReason } from '../reasons'

export interface Report {
  id: string
  communityId: string
  contentId: string
  reporterId: string
  reason: ReportReason
  note: string | null
  state: 'open' | 'upheld' | 'dismissed'
  createdAt: number
  resolvedAt: number | null
}

interface ReportRow {
  id: string
  community_id: string
  content_id: string
  reporter_id: string
  reason: ReportReason
  note: string | null
  state: Report['state']
  created_at: number
  resolved_at: number | null
}

function toReport(r: ReportRow): Report {
  return {
    id: r.id,
    communityId: r.community_id,
    contentId: r.content_id,
    reporterId: r.reporter_id,
    reason: r.reason,
    note: r.note,
    state: r.state,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
  }
}

/** A member's report; a second report of the same item by the same member is ignored. */
export function insertReport(db: D1Database, r: Report): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO moderation_reports (id, community_id, content_id, reporter_id, reason, note, state, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7) ON CONFLICT (content_id, reporter_id) DO NOTHING`,
    )
    .bind(r.id, r.communityId, r.contentId, r.reporterId, r.reason, r.note, r.createdAt)
}

export async function findReport(db: D1Database, contentId: string, reporterId: string) {
  const row = await first<ReportRow>(
    db
      .prepare('SELECT * FROM moderation_reports WHERE content_id = ?1 AND reporter_id = ?2')
      .bind(contentId, reporterId),
  )
  return row ? toReport(row) : null
}

export async function countOpenReports(db: D1Database, contentId: string): Promise<number> {
  const row = await first<{ n: number }>(
    db
      .prepare(`SELECT COUNT(*) AS n FROM moderation_reports WHERE content_id = ?1 AND state = 'open'`)
      .bind(contentId),
  )
  return row?.n ?? 0
}

export function resolveReports(
  db: D1Database,
  r: { contentId: string; state: 'upheld' | 'dismissed'; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE moderation_reports SET state = ?2, resolved_at = ?3 WHERE content_id = ?1 AND state = 'open'`,
    )
    .bind(r.contentId, r.state, r.now)
}

export async function listReports(db: D1Database, communityId: string, contentId: string) {
  const rows = await all<ReportRow>(
    db
      .prepare(
        'SELECT * FROM moderation_reports WHERE community_id = ?1 AND content_id = ?2 ORDER BY created_at, id',
      )
      .bind(communityId, contentId),
  )
  return rows.map(toReport)
}

/** Open reports per item and reason, for a page of queue entries. */
export async function reportCounts(
  db: D1Database,
  communityId: string,
  contentIds: readonly string[],
): Promise<Map<string, { reason: ReportReason; count: number }[]>> {
  const out = new Map<string, { reason: ReportReason; count: number }[]>()
  if (contentIds.length === 0) return out
  const rows = await all<{ content_id: string; reason: ReportReason; n: number }>(
    db
      .prepare(
        `SELECT content_id, reason, COUNT(*) AS n FROM moderation_reports
         WHERE community_id = ?1 AND state = 'open' AND content_id IN (SELECT value FROM json_each(?2))
         GROUP BY content_id, reason ORDER BY content_id, n DESC, reason`,
      )
      .bind(communityId, JSON.stringify(contentIds)),
  )
  for (const r of rows)
    out.set(r.content_id, [...(out.get(r.content_id) ?? []), { reason: r.reason, count: r.n }])
  return out
}

/** The reports a member filed, for their data-access request. */
export async function listReportsBy(db: D1Database, communityId: string, reporterId: string) {
  const rows = await all<ReportRow>(
    db
      .prepare(
        'SELECT * FROM moderation_reports WHERE community_id = ?1 AND reporter_id = ?2 ORDER BY created_at',
      )
      .bind(communityId, reporterId),
  )
  return rows.map(toReport)
}

/** Account deletion: the member's own words in their reports go; the report (reason, date) stays as a count. */
export function eraseReportNotes(
  db: D1Database,
  communityId: string,
  reporterId: string,
): D1PreparedStatement {
  return db
    .prepare('UPDATE moderation_reports SET note = NULL WHERE community_id = ?1 AND reporter_id = ?2')
    .bind(communityId, reporterId)
}
