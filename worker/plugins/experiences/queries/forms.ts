import { all, first, parseJson } from '../../../core/db'
import type { FormDefinition } from '../schema'

// SQL of feedback form versions.

export interface StoredForm {
  version: number
  definition: FormDefinition
  createdAt: number
}

interface FormRow {
  version: number
  definition: string
  created_at: number
}

const toForm = (row: FormRow): StoredForm => ({
  version: row.version,
  definition: parseJson<FormDefinition>(row.definition, { fields: [], roles: {} }),
  createdAt: row.created_at,
})

export async function latestForm(db: D1Database, communityId: string): Promise<StoredForm | null> {
  const row = await first<FormRow>(
    db
      .prepare(
        `SELECT version, definition, created_at FROM experiences_forms WHERE community_id = ?1
         ORDER BY version DESC LIMIT 1`,
      )
      .bind(communityId),
  )
  return row ? toForm(row) : null
}

/** The stored versions among `versions` (one row each; a page of reports names one or two). */
export async function formsByVersion(
  db: D1Database,
  communityId: string,
  versions: readonly number[],
): Promise<StoredForm[]> {
  // One numbered placeholder per version (values are still bound, never interpolated).
  const placeholders = versions.map((_, i) => `?${i + 2}`).join(', ')
  const rows = await all<FormRow>(
    db
      .prepare(
        `SELECT version, definition, created_at FROM experiences_forms
         WHERE community_id = ?1 AND version IN (${placeholders})`,
      )
      .bind(communityId, ...versions),
  )
  return rows.map(toForm)
}

export async function allForms(db: D1Database, communityId: string): Promise<StoredForm[]> {
  const rows = await all<FormRow>(
    db
      .prepare(
        'SELECT version, definition, created_at FROM experiences_forms WHERE community_id = ?1 ORDER BY version',
      )
      .bind(communityId),
  )
  return rows.map(toForm)
}

export function insertForm(
  db: D1Database,
  f: { communityId: string; version: number; definition: FormDefinition; createdBy: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO experiences_forms (community_id, version, definition, created_by, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5)`,
    )
    .bind(f.communityId, f.version, JSON.stringify(f.definition), f.createdBy, f.now)
}
