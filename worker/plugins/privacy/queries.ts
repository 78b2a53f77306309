import { first, parseJson } from '../../core/db'

export interface PrivacySettings {
  keepTerms: string[]
  updatedAt: number | null
}

export const defaultPrivacySettings: PrivacySettings = { keepTerms: [], updatedAt: null }

export async function findPrivacySettings(db: D1Database, communityId: string): Promise<PrivacySettings> {
  const row = await first<{ keep_terms: string; updated_at: number }>(
    db
      .prepare('SELECT keep_terms, updated_at FROM privacy_settings WHERE community_id = ?1')
      .bind(communityId),
  )
  if (!row) return defaultPrivacySettings
  return { keepTerms: parseJson<string[]>(row.keep_terms, []), updatedAt: row.updated_at }
}

export function upsertPrivacySettings(
  db: D1Database,
  s: { communityId: string; keepTerms: string[]; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO privacy_settings (community_id, keep_terms, updated_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (community_id) DO UPDATE SET keep_terms = ?2, updated_at = ?3`,
    )
    .bind(s.communityId, JSON.stringify(s.keepTerms), s.now)
}
