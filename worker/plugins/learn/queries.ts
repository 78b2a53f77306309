import { all, first, parseJson } from '../../core/db'
import type { Removal } from './richtext'
import type { Block } from './schema'

export type ReviewState = 'draft' | 'in_review' | 'changes_requested' | 'approved'

export interface ArticleRecord {
  id: string
  communityId: string
  kind: 'guide' | 'update'
  topic: string | null
  position: number
  reviewState: ReviewState
  version: number
  publishedVersion: number | null
  archivedAt: number | null
  authorId: string
  helpfulYes: number
  helpfulNo: number
  createdAt: number
  updatedAt: number
}

interface ArticleRow {
  id: string
  community_id: string
  kind: ArticleRecord['kind']
  topic: string | null
  position: number
  review_state: ReviewState
  version: number
  published_version: number | null
  archived_at: number | null
  author_id: string
  helpful_yes: number
  helpful_no: number
  created_at: number
  updated_at: number
}

const toArticle = (r: ArticleRow): ArticleRecord => ({
  id: r.id,
  communityId: r.community_id,
  kind: r.kind,
  topic: r.topic,
  position: r.position,
  reviewState: r.review_state,
  version: r.version,
  publishedVersion: r.published_version,
  archivedAt: r.archived_at,
  authorId: r.author_id,
  helpfulYes: r.helpful_yes,
  helpfulNo: r.helpful_no,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findArticle(db: D1Database, communityId: string, id: string) {
  const row = await first<ArticleRow>(
    db.prepare('SELECT * FROM learn_articles WHERE id = ?1 AND community_id = ?2').bind(id, communityId),
  )
  return row ? toArticle(row) : null
}

export async function listArticles(db: D1Database, communityId: string) {
  const rows = await all<ArticleRow>(
    db
      .prepare('SELECT * FROM learn_articles WHERE community_id = ?1 ORDER BY position, created_at LIMIT 500')
      .bind(communityId),
  )
  return rows.map(toArticle)
}

export function insertArticle(
  db: D1Database,
  a: Pick<ArticleRecord, 'id' | 'communityId' | 'kind' | 'topic' | 'position' | 'authorId'> & { now: number },
) {
  return db
    .prepare(
      `INSERT INTO learn_articles (id, community_id, kind, topic, position, review_state, version, author_id,
         created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'draft', 1, ?6, ?7, ?7)`,
    )
    .bind(a.id, a.communityId, a.kind, a.topic, a.position, a.authorId, a.now)
}

/** A new version: back to `draft` (the published version stays public until the next approval). */
export function reviseArticle(
  db: D1Database,
  a: Pick<ArticleRecord, 'id' | 'kind' | 'topic' | 'position' | 'version'> & { now: number },
) {
  return db
    .prepare(
      `UPDATE learn_articles SET kind = ?2, topic = ?3, position = ?4, version = ?5, review_state = 'draft',
         updated_at = ?6 WHERE id = ?1 AND version = ?5 - 1 AND archived_at IS NULL`,
    )
    .bind(a.id, a.kind, a.topic, a.position, a.version, a.now)
}

export function setReviewState(
  db: D1Database,
  a: { id: string; version: number; from: readonly ReviewState[]; to: ReviewState; now: number },
) {
  return db
    .prepare(
      `UPDATE learn_articles SET review_state = ?3, updated_at = ?4
       WHERE id = ?1 AND version = ?2 AND review_state IN (SELECT value FROM json_each(?5))`,
    )
    .bind(a.id, a.version, a.to, a.now, JSON.stringify(a.from))
}

export interface TranslationContent {
  title: string
  summary: string
  markdown: string
  tree: Block[]
  removed: Removal[]
}
export type VersionContent = Partial<Record<'en' | 'es', TranslationContent>>

export interface VersionRecord {
  version: number
  content: VersionContent
  editorId: string
  editorPseudonym: string
  createdAt: number
}

export function insertVersion(
  db: D1Database,
  v: VersionRecord & { articleId: string; communityId: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO learn_versions (article_id, version, community_id, content, editor_id, editor_pseudonym, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    )
    .bind(
      v.articleId,
      v.version,
      v.communityId,
      JSON.stringify(v.content),
      v.editorId,
      v.editorPseudonym,
      v.createdAt,
    )
}

export async function listVersions(db: D1Database, articleId: string): Promise<VersionRecord[]> {
  const rows = await all<{
    version: number
    content: string
    editor_id: string
    editor_pseudonym: string
    created_at: number
  }>(db.prepare('SELECT * FROM learn_versions WHERE article_id = ?1 ORDER BY version').bind(articleId))
  return rows.map((r) => ({
    version: r.version,
    content: parseJson<VersionContent>(r.content, {}),
    editorId: r.editor_id,
    editorPseudonym: r.editor_pseudonym,
    createdAt: r.created_at,
  }))
}

/** The latest version of every article of the community, by article id (for the staff list). */
export async function latestVersions(
  db: D1Database,
  communityId: string,
): Promise<Map<string, VersionRecord[]>> {
  const rows = await all<{
    article_id: string
    version: number
    content: string
    editor_id: string
    editor_pseudonym: string
    created_at: number
  }>(
    db
      .prepare(
        `SELECT v.* FROM learn_articles a JOIN learn_versions v ON v.article_id = a.id AND v.version = a.version
         WHERE a.community_id = ?1 LIMIT 500`,
      )
      .bind(communityId),
  )
  return new Map(
    rows.map((r) => [
      r.article_id,
      [
        {
          version: r.version,
          content: parseJson<VersionContent>(r.content, {}),
          editorId: r.editor_id,
          editorPseudonym: r.editor_pseudonym,
          createdAt: r.created_at,
        },
      ],
    ]),
  )
}
