import { first, parseJson } from '../../../core/db'
import { QaSettings } from '../schema'

const EMPTY: QaSettings = { topics: [], medicalInformation: {} }

/** The community's topic list and medical-information contact (empty until an admin sets them). */
export async function getSettings(db: D1Database, communityId: string): Promise<QaSettings> {
  const row = await first<{ settings: string }>(
    db.prepare('SELECT settings FROM qa_settings WHERE community_id = ?1').bind(communityId),
  )
  if (!row) return EMPTY
  const parsed = QaSettings.safeParse(parseJson<unknown>(row.settings, {}))
  return parsed.success ? parsed.data : EMPTY
}

export function putSettings(db: D1Database, communityId: string, settings: QaSettings, now: number) {
  return db
    .prepare(
      `INSERT INTO qa_settings (community_id, settings, updated_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (community_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
    )
    .bind(communityId, JSON.stringify(settings), now)
}
