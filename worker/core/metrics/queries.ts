import type { MetricWindow } from '../plugin'

async function count(statement: D1PreparedStatement): Promise<number> {
  return (await statement.first<{ n: number }>())?.n ?? 0
}

export function membersJoined(db: D1Database, w: MetricWindow): Promise<number> {
  return count(
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM members WHERE community_id = ?1 AND created_at >= ?2 AND created_at < ?3',
      )
      .bind(w.communityId, w.from, w.to),
  )
}

export function contributors(db: D1Database, w: MetricWindow): Promise<number> {
  return count(
    db
      .prepare(
        `SELECT COUNT(DISTINCT author_id) AS n FROM content
         WHERE community_id = ?1 AND created_at >= ?2 AND created_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
}

export function postsPublished(db: D1Database, w: MetricWindow): Promise<number> {
  return count(
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM content
         WHERE community_id = ?1 AND status = 'published' AND created_at >= ?2 AND created_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
}
