// The screening log behind rate limits, repeat detection and metrics.
import { first } from '../../../core/db'

export interface Activity {
  id: string
  communityId: string
  contentId: string
  authorId: string
  ipHash: string | null
  textHash: string
  textLength: number
  isEdit: boolean
  verdict: 'publish' | 'hold' | 'reject'
  createdAt: number
}

export function insertActivity(db: D1Database, a: Activity): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO moderation_activity (id, community_id, content_id, author_id, ip_hash, text_hash, text_length,
         is_edit, verdict, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      a.id,
      a.communityId,
      a.contentId,
      a.authorId,
      a.ipHash,
      a.textHash,
      a.textLength,
      a.isEdit ? 1 : 0,
      a.verdict,
      a.createdAt,
    )
}

export interface RateWindow {
  communityId: string
  /** `author`: count by member; `ip`: count by hashed IP. */
  by: 'author' | 'ip'
  value: string
  since: number
  limit: number
}

/**
 * The `limit`-th most recent post in the window, if there is one: then the limit is reached, and the caller may
 * post again once that post leaves the window. Reads at most `limit` index entries.
 */
export function nthRecentPost(db: D1Database, w: RateWindow): D1PreparedStatement {
  return db.prepare(NTH_RECENT[w.by]).bind(w.communityId, w.value, w.since, w.limit - 1)
}

const NTH_RECENT = {
  author: `SELECT created_at FROM moderation_activity WHERE community_id = ?1 AND author_id = ?2 AND created_at > ?3
    ORDER BY created_at DESC LIMIT 1 OFFSET ?4`,
  ip: `SELECT created_at FROM moderation_activity WHERE community_id = ?1 AND ip_hash = ?2 AND created_at > ?3
    ORDER BY created_at DESC LIMIT 1 OFFSET ?4`,
} as const

export function rateLimitHits(results: D1Result[]): (number | null)[] {
  return results.map((r) => (r.results[0] as { created_at: number } | undefined)?.created_at ?? null)
}

/** Earlier posts with the same normalised text in the window: the author's own, and other members'. */
export async function findRepeats(
  db: D1Database,
  q: { communityId: string; authorId: string; contentId: string; textHash: string; since: number },
): Promise<{ own: number; others: number }> {
  const row = await first<{ own: number; others: number }>(
    db
      .prepare(
        `SELECT COALESCE(SUM(author_id = ?2), 0) AS own, COUNT(DISTINCT CASE WHEN author_id <> ?2 THEN author_id END)
           AS others
         FROM moderation_activity
         WHERE community_id = ?1 AND text_hash = ?4 AND created_at > ?5 AND content_id <> ?3`,
      )
      .bind(q.communityId, q.authorId, q.contentId, q.textHash, q.since),
  )
  return { own: row?.own ?? 0, others: row?.others ?? 0 }
}

/** Account deletion: the hashed IP addresses go; the screening rows stay (no text) for the metrics. */
export function eraseActivityIps(db: D1Database, communityId: string, authorId: string): D1PreparedStatement {
  return db
    .prepare('UPDATE moderation_activity SET ip_hash = NULL WHERE community_id = ?1 AND author_id = ?2')
    .bind(communityId, authorId)
}
