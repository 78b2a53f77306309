import { first, parseJson } from '../db'
import type { Community, CommunitySettings } from './schema'

interface CommunityRow {
  id: string
  slug: string
  settings: string
  sso_secret: string | null
  created_at: number
  updated_at: number
}

function toCommunity(row: CommunityRow, defaultPlugins: readonly string[]): Community {
  const settings = parseJson<CommunitySettings>(row.settings, {} as CommunitySettings)
  return {
    ...settings,
    plugins: settings.plugins ?? [...defaultPlugins],
    id: row.id,
    slug: row.slug,
    ssoSecret: row.sso_secret,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function findCommunityBySlug(
  db: D1Database,
  slug: string,
  defaultPlugins: readonly string[],
): Promise<Community | null> {
  const row = await first<CommunityRow>(db.prepare('SELECT * FROM communities WHERE slug = ?1').bind(slug))
  return row ? toCommunity(row, defaultPlugins) : null
}

export async function listCommunities(
  db: D1Database,
  defaultPlugins: readonly string[],
): Promise<Community[]> {
  const { results } = await db
    .prepare('SELECT * FROM communities ORDER BY slug LIMIT 500')
    .all<CommunityRow>()
  return results.map((row) => toCommunity(row, defaultPlugins))
}

export function insertCommunity(
  db: D1Database,
  c: { id: string; slug: string; settings: CommunitySettings; ssoSecret: string | null; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO communities (id, slug, settings, sso_secret, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?5)`,
    )
    .bind(c.id, c.slug, JSON.stringify(c.settings), c.ssoSecret, c.now)
}

export function updateCommunity(
  db: D1Database,
  c: { id: string; settings: CommunitySettings; ssoSecret: string | null; now: number },
): D1PreparedStatement {
  return db
    .prepare('UPDATE communities SET settings = ?2, sso_secret = ?3, updated_at = ?4 WHERE id = ?1')
    .bind(c.id, JSON.stringify(c.settings), c.ssoSecret, c.now)
}
