import type { ContentStatus, TextFields } from '../../../core/content/pipeline'
import { all, first, parseJson } from '../../../core/db'
import type { BadgeCode } from '../../../core/members/schema'
import type { Answers } from '../forms/answers'
import type { Cell, RoleColumns } from '../forms/derive'
import type { DurationBucket } from '../schema'

// SQL of the public report rows: written with the content registry, read by the feed one row per item.

export interface ReportRecord {
  id: string
  communityId: string
  authorId: string
  authorPseudonym: string
  authorBadges: BadgeCode[]
  status: ContentStatus
  formVersion: number
  locale: string
  answers: Answers
  texts: TextFields
  rating: number | null
  helpfulCount: number
  editedBy: 'author' | 'moderator' | null
  editedAt: number | null
  createdAt: number
}

interface ReportRow {
  id: string
  community_id: string
  author_id: string
  author_pseudonym: string
  author_badges: string
  status: ContentStatus
  form_version: number
  locale: string
  answers: string
  texts: string
  rating: number | null
  helpful_count: number
  edited_by: 'author' | 'moderator' | null
  edited_at: number | null
  created_at: number
}

// The cells column is left out: views never need it, and it is the longest one.
const COLUMNS = `id, community_id, author_id, author_pseudonym, author_badges, status, form_version, locale,
  answers, texts, rating, helpful_count, edited_by, edited_at, created_at`

function toReport(row: ReportRow): ReportRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    authorId: row.author_id,
    authorPseudonym: row.author_pseudonym,
    authorBadges: parseJson<BadgeCode[]>(row.author_badges, []),
    status: row.status,
    formVersion: row.form_version,
    locale: row.locale,
    answers: parseJson<Answers>(row.answers, {}),
    texts: parseJson<TextFields>(row.texts, {}),
    rating: row.rating,
    helpfulCount: row.helpful_count,
    editedBy: row.edited_by,
    editedAt: row.edited_at,
    createdAt: row.created_at,
  }
}

export interface ReportContent {
  answers: Answers
  texts: TextFields
  cells: Cell[]
  roles: RoleColumns
}

export function insertReport(
  db: D1Database,
  r: {
    id: string
    communityId: string
    author: { id: string; pseudonym: string; badges: readonly string[] }
    status: ContentStatus
    formVersion: number
    locale: string
    content: ReportContent
    now: number
  },
): D1PreparedStatement {
  const { roles } = r.content
  return db
    .prepare(
      `INSERT INTO experiences_reports (id, community_id, author_id, author_pseudonym, author_badges, status,
         form_version, locale, answers, texts, cells, rating, recommend, side_effects, duration_bucket,
         still_using, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)`,
    )
    .bind(
      r.id,
      r.communityId,
      r.author.id,
      r.author.pseudonym,
      JSON.stringify(r.author.badges),
      r.status,
      r.formVersion,
      r.locale,
      JSON.stringify(r.content.answers),
      JSON.stringify(r.content.texts),
      JSON.stringify(r.content.cells),
      roles.rating,
      roles.recommend,
      roles.sideEffects,
      roles.durationBucket,
      roles.stillUsing,
      r.now,
    )
}

/** An author's edit: new answers and status, marked edited. Run between `untally` and `tally`. */
export function updateReportContent(
  db: D1Database,
  r: { id: string; status: ContentStatus; version: number; content: ReportContent; now: number },
): D1PreparedStatement {
  const { roles } = r.content
  return db
    .prepare(
      `UPDATE experiences_reports SET status = ?2, version = ?3, answers = ?4, texts = ?5, cells = ?6,
         rating = ?7, recommend = ?8, side_effects = ?9, duration_bucket = ?10, still_using = ?11,
         edited_by = CASE WHEN edited_by = 'moderator' THEN 'moderator' ELSE 'author' END, edited_at = ?12,
         updated_at = ?12
       WHERE id = ?1`,
    )
    .bind(
      r.id,
      r.status,
      r.version,
      JSON.stringify(r.content.answers),
      JSON.stringify(r.content.texts),
      JSON.stringify(r.content.cells),
      roles.rating,
      roles.recommend,
      roles.sideEffects,
      roles.durationBucket,
      roles.stillUsing,
      r.now,
    )
}

export function updateReportStatus(db: D1Database, id: string, status: ContentStatus, now: number) {
  return db
    .prepare('UPDATE experiences_reports SET status = ?2, updated_at = ?3 WHERE id = ?1')
    .bind(id, status, now)
}

/** Moderator edit or redaction: merges the new public text over the old. */
export function updateReportTexts(
  db: D1Database,
  r: { id: string; texts: TextFields; editedBy: 'author' | 'moderator'; now: number },
) {
  return db
    .prepare(
      `UPDATE experiences_reports SET texts = json_patch(texts, ?2), edited_by = ?3, edited_at = ?4,
         updated_at = ?4 WHERE id = ?1`,
    )
    .bind(r.id, JSON.stringify(r.texts), r.editedBy, r.now)
}

/** Account deletion: a new public name everywhere; the text of items no longer shown is wiped. */
export function anonymizeReports(db: D1Database, communityId: string, authorId: string, pseudonym: string) {
  return db
    .prepare(
      `UPDATE experiences_reports SET author_pseudonym = ?3, author_badges = '[]',
         texts = CASE WHEN status = 'published' THEN texts ELSE '{}' END
       WHERE community_id = ?1 AND author_id = ?2`,
    )
    .bind(communityId, authorId, pseudonym)
}

export async function findReport(db: D1Database, communityId: string, id: string) {
  const row = await first<ReportRow>(
    db
      .prepare(`SELECT ${COLUMNS} FROM experiences_reports WHERE id = ?1 AND community_id = ?2`)
      .bind(id, communityId),
  )
  return row ? toReport(row) : null
}

export type FeedSort = 'newest' | 'helpful'
export interface FeedPosition {
  helpfulCount: number
  createdAt: number
  id: string
}

// Fixed SQL fragments (no values): each filter/sort combination is its own statement, so SQLite can read the
// matching partial index as a range and stop after `limit` rows.
const ORDER: Record<FeedSort, string> = {
  newest: 'created_at DESC, id DESC',
  helpful: 'helpful_count DESC, created_at DESC, id DESC',
}
const AFTER: Record<FeedSort, string> = {
  newest: 'AND (created_at, id) < (?5, ?6)',
  helpful: 'AND (helpful_count, created_at, id) < (?4, ?5, ?6)',
}

export async function feedPage(
  db: D1Database,
  q: {
    communityId: string
    sort: FeedSort
    rating: number | null
    bucket: DurationBucket | null
    after: FeedPosition | null
    limit: number
  },
): Promise<ReportRecord[]> {
  const sql = `SELECT ${COLUMNS} FROM experiences_reports
    WHERE community_id = ?1 AND status = 'published'
    ${q.rating === null ? '' : 'AND rating = ?2'} ${q.bucket === null ? '' : 'AND duration_bucket = ?3'}
    ${q.after === null ? '' : AFTER[q.sort]}
    ORDER BY ${ORDER[q.sort]} LIMIT ?7`
  const rows = await all<ReportRow>(
    db
      .prepare(sql)
      .bind(
        q.communityId,
        q.rating,
        q.bucket,
        q.after?.helpfulCount ?? null,
        q.after?.createdAt ?? null,
        q.after?.id ?? null,
        q.limit,
      ),
  )
  return rows.map(toReport)
}

/** A member's own reports, any status, newest first. */
export async function reportsByAuthor(
  db: D1Database,
  q: {
    communityId: string
    authorId: string
    after: { createdAt: number; id: string } | null
    limit: number
  },
): Promise<ReportRecord[]> {
  const rows = await all<ReportRow>(
    db
      .prepare(
        `SELECT ${COLUMNS} FROM experiences_reports WHERE community_id = ?1 AND author_id = ?2
         ${q.after === null ? '' : 'AND (created_at, id) < (?3, ?4)'}
         ORDER BY created_at DESC, id DESC LIMIT ?5`,
      )
      .bind(q.communityId, q.authorId, q.after?.createdAt ?? null, q.after?.id ?? null, q.limit),
  )
  return rows.map(toReport)
}
