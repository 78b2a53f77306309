import { all, first, parseJson } from '../db'
import type { ContentStatus, Decision, TextFields } from './pipeline'

export interface ContentRecord {
  id: string
  communityId: string
  type: string
  parentId: string | null
  authorId: string
  status: ContentStatus
  statusReason: string | null
  version: number
  flags: string[]
  locale: string
  createdAt: number
  updatedAt: number
}

interface ContentRow {
  id: string
  community_id: string
  type: string
  parent_id: string | null
  author_id: string
  status: ContentStatus
  status_reason: string | null
  version: number
  flags: string
  locale: string
  created_at: number
  updated_at: number
}

function toContent(row: ContentRow): ContentRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    type: row.type,
    parentId: row.parent_id,
    authorId: row.author_id,
    status: row.status,
    statusReason: row.status_reason,
    version: row.version,
    flags: parseJson<string[]>(row.flags, []),
    locale: row.locale,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function findContent(
  db: D1Database,
  communityId: string,
  id: string,
): Promise<ContentRecord | null> {
  const row = await first<ContentRow>(
    db.prepare('SELECT * FROM content WHERE id = ?1 AND community_id = ?2').bind(id, communityId),
  )
  return row ? toContent(row) : null
}

/** Several items of one community at once (a moderation queue page), in no particular order. */
export async function findContents(
  db: D1Database,
  communityId: string,
  ids: readonly string[],
): Promise<ContentRecord[]> {
  if (ids.length === 0) return []
  const rows = await all<ContentRow>(
    db
      .prepare('SELECT * FROM content WHERE community_id = ?1 AND id IN (SELECT value FROM json_each(?2))')
      .bind(communityId, JSON.stringify(ids)),
  )
  return rows.map(toContent)
}

/** Several items with their current public text (never the verbatim original), in one read. */
export async function findContentsWithPublicText(
  db: D1Database,
  communityId: string,
  ids: readonly string[],
): Promise<(ContentRecord & { publicText: TextFields })[]> {
  if (ids.length === 0) return []
  const rows = await all<ContentRow & { public_text: string | null }>(
    db
      .prepare(
        `SELECT c.*, v.public AS public_text FROM content c
         LEFT JOIN content_versions v ON v.content_id = c.id AND v.version = c.version
         WHERE c.community_id = ?1 AND c.id IN (SELECT value FROM json_each(?2))`,
      )
      .bind(communityId, JSON.stringify(ids)),
  )
  return rows.map((r) => ({ ...toContent(r), publicText: parseJson<TextFields>(r.public_text, {}) }))
}

export function insertContent(db: D1Database, c: ContentRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO content (id, community_id, type, parent_id, author_id, status, status_reason, version, flags,
         locale, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?11, ?7, ?8, ?9, ?10, ?10)`,
    )
    .bind(
      c.id,
      c.communityId,
      c.type,
      c.parentId,
      c.authorId,
      c.status,
      c.version,
      JSON.stringify(c.flags),
      c.locale,
      c.createdAt,
      c.statusReason,
    )
}

/** A new version: only if the row is still at `fromVersion`, so two concurrent edits cannot both apply. */
export function advanceContent(
  db: D1Database,
  c: {
    id: string
    fromVersion: number
    status: ContentStatus
    reason: string | null
    flags: string[]
    now: number
  },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE content SET version = ?2 + 1, status = ?3, status_reason = ?6, flags = ?4, updated_at = ?5
       WHERE id = ?1 AND version = ?2`,
    )
    .bind(c.id, c.fromVersion, c.status, JSON.stringify(c.flags), c.now, c.reason)
}

export function setContentStatus(
  db: D1Database,
  c: { id: string; status: ContentStatus; reason: string | null; now: number },
): D1PreparedStatement {
  return db
    .prepare('UPDATE content SET status = ?2, status_reason = ?3, updated_at = ?4 WHERE id = ?1')
    .bind(c.id, c.status, c.reason, c.now)
}

/** Items by status, oldest first (e.g. the moderation queue of held items), with their latest version. */
export async function listContentByStatus(
  db: D1Database,
  q: { communityId: string; status: ContentStatus; after: number; limit: number },
): Promise<ContentRecord[]> {
  const rows = await all<ContentRow>(
    db
      .prepare(
        `SELECT * FROM content WHERE community_id = ?1 AND status = ?2 AND created_at > ?3
         ORDER BY created_at LIMIT ?4`,
      )
      .bind(q.communityId, q.status, q.after, q.limit),
  )
  return rows.map(toContent)
}

/** Every item an author wrote (any status), for data export and account deletion. */
export async function listContentByAuthor(db: D1Database, communityId: string, authorId: string) {
  const rows = await all<ContentRow>(
    db
      .prepare('SELECT * FROM content WHERE community_id = ?1 AND author_id = ?2 ORDER BY created_at')
      .bind(communityId, authorId),
  )
  return rows.map(toContent)
}

export interface VersionRecord {
  contentId: string
  version: number
  communityId: string
  editorId: string
  editorKind: 'author' | 'moderator' | 'system'
  original: TextFields
  public: TextFields
  data: unknown
  decision: Pick<Decision, 'verdict' | 'reasons' | 'flags'>
  createdAt: number
}

export function insertVersion(db: D1Database, v: VersionRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO content_versions (content_id, version, community_id, editor_id, editor_kind, original, public,
         data, decision, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      v.contentId,
      v.version,
      v.communityId,
      v.editorId,
      v.editorKind,
      JSON.stringify(v.original),
      JSON.stringify(v.public),
      v.data === undefined ? null : JSON.stringify(v.data),
      JSON.stringify(v.decision),
      v.createdAt,
    )
}

interface VersionRow {
  content_id: string
  version: number
  community_id: string
  editor_id: string
  editor_kind: VersionRecord['editorKind']
  original: string
  public: string
  data: string | null
  decision: string
  created_at: number
}

/** Every version with the verbatim text: restricted, for safety and moderation staff only. */
export async function listVersions(
  db: D1Database,
  communityId: string,
  contentId: string,
): Promise<VersionRecord[]> {
  const rows = await all<VersionRow>(
    db
      .prepare('SELECT * FROM content_versions WHERE content_id = ?1 AND community_id = ?2 ORDER BY version')
      .bind(contentId, communityId),
  )
  return rows.map((r) => ({
    contentId: r.content_id,
    version: r.version,
    communityId: r.community_id,
    editorId: r.editor_id,
    editorKind: r.editor_kind,
    original: parseJson<TextFields>(r.original, {}),
    public: parseJson<TextFields>(r.public, {}),
    data: parseJson<unknown>(r.data, null),
    decision: parseJson<VersionRecord['decision']>(r.decision, {
      verdict: 'publish',
      reasons: [],
      flags: [],
    }),
    createdAt: r.created_at,
  }))
}

export async function countPublishedByAuthor(db: D1Database, communityId: string, authorId: string) {
  const row = await first<{ n: number }>(
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM content WHERE community_id = ?1 AND author_id = ?2 AND status = 'published'`,
      )
      .bind(communityId, authorId),
  )
  return row?.n ?? 0
}

/** Account deletion: the author's own text is erased from the version history (safety cases keep their copy). */
export function eraseAuthorVersions(
  db: D1Database,
  communityId: string,
  authorId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE content_versions SET original = '{}', public = '{}', data = NULL
       WHERE community_id = ?1 AND content_id IN (SELECT id FROM content WHERE community_id = ?1 AND author_id = ?2)`,
    )
    .bind(communityId, authorId)
}
