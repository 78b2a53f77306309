// Per-community rules.
import { first, parseJson } from '../../../core/db'

export interface StoredRules {
  rules: unknown
  updatedBy: string
  updatedAt: number
}

export async function findRules(db: D1Database, communityId: string): Promise<StoredRules | null> {
  const row = await first<{ rules: string; updated_by: string; updated_at: number }>(
    db.prepare('SELECT * FROM moderation_settings WHERE community_id = ?1').bind(communityId),
  )
  return row
    ? { rules: parseJson(row.rules, {}), updatedBy: row.updated_by, updatedAt: row.updated_at }
    : null
}

export function saveRules(
  db: D1Database,
  s: { communityId: string; rules: unknown; updatedBy: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO moderation_settings (community_id, rules, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (community_id) DO UPDATE SET rules = ?2, updated_by = ?3, updated_at = ?4`,
    )
    .bind(s.communityId, JSON.stringify(s.rules), s.updatedBy, s.now)
}
