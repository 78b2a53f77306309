import { all, first, parseJson } from '../../core/db'
import { MARK_END, MARK_START } from '../../core/http/fts'
import type { MetricWindow } from '../../core/plugin'
import type { ArticleRecord, VersionContent } from './queries'
import type { Block } from './schema'

// What the public reads: published translations (one row per locale), their full-text index, and feedback.

/**
 * Publishes an approved version: its translations replace the public rows and the index entries of the article.
 * Every statement checks that the approval itself applied (`published_version` = this version).
 */
export function publishVersion(
  db: D1Database,
  p: {
    article: ArticleRecord
    version: number
    content: VersionContent
    plain: Record<string, string>
    now: number
  },
): D1PreparedStatement[] {
  const applied = 'EXISTS (SELECT 1 FROM learn_articles WHERE id = ?1 AND published_version = ?2)'
  const { article } = p
  return [
    db
      .prepare(
        `DELETE FROM learn_search WHERE rowid IN (SELECT seq FROM learn_published WHERE article_id = ?1) AND ${applied}`,
      )
      .bind(article.id, p.version),
    db
      .prepare(`DELETE FROM learn_published WHERE article_id = ?1 AND ${applied}`)
      .bind(article.id, p.version),
    ...Object.entries(p.content).map(([locale, t]) =>
      db
        .prepare(
          `INSERT INTO learn_published (article_id, community_id, locale, kind, topic, position, title, summary, tree,
             body_text, version, published_at)
           SELECT ?1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?2, ?12 WHERE ${applied}`,
        )
        .bind(
          article.id,
          p.version,
          article.communityId,
          locale,
          article.kind,
          article.topic,
          article.position,
          t.title,
          t.summary,
          JSON.stringify(t.tree),
          p.plain[locale] ?? '',
          p.now,
        ),
    ),
    db
      .prepare(
        `INSERT INTO learn_search (rowid, title, summary, body, scope, locale)
         SELECT seq, title, summary, body_text, community_id, locale FROM learn_published
         WHERE article_id = ?1 AND ${applied}`,
      )
      .bind(article.id, p.version),
  ]
}

export function approveArticle(db: D1Database, id: string, version: number, now: number) {
  return db
    .prepare(
      `UPDATE learn_articles SET review_state = 'approved', published_version = version, updated_at = ?3
       WHERE id = ?1 AND version = ?2 AND review_state = 'in_review' AND archived_at IS NULL`,
    )
    .bind(id, version, now)
}

/** Takes an article off the public list and out of the index; its versions and reviews are kept. */
export function archiveArticle(db: D1Database, id: string, now: number): D1PreparedStatement[] {
  return [
    db.prepare('UPDATE learn_articles SET archived_at = ?2, updated_at = ?2 WHERE id = ?1').bind(id, now),
    db
      .prepare(
        'DELETE FROM learn_search WHERE rowid IN (SELECT seq FROM learn_published WHERE article_id = ?1)',
      )
      .bind(id),
    db.prepare('DELETE FROM learn_published WHERE article_id = ?1').bind(id),
  ]
}

export interface PublishedRecord {
  articleId: string
  locale: 'en' | 'es'
  kind: 'guide' | 'update'
  topic: string | null
  title: string
  summary: string
  tree: Block[]
  version: number
  publishedAt: number
}

interface PublishedRow {
  article_id: string
  locale: 'en' | 'es'
  kind: 'guide' | 'update'
  topic: string | null
  title: string
  summary: string
  tree: string
  version: number
  published_at: number
}

const toPublished = (r: PublishedRow): PublishedRecord => ({
  articleId: r.article_id,
  locale: r.locale,
  kind: r.kind,
  topic: r.topic,
  title: r.title,
  summary: r.summary,
  tree: parseJson<Block[]>(r.tree, []),
  version: r.version,
  publishedAt: r.published_at,
})

/** Every published translation of the community (the list picks one locale per article). */
export async function listPublished(db: D1Database, communityId: string, ids: string[] | null) {
  const rows = await all<PublishedRow>(
    ids
      ? db
          .prepare(
            `SELECT * FROM learn_published WHERE community_id = ?1
             AND article_id IN (SELECT value FROM json_each(?2)) ORDER BY position, published_at DESC`,
          )
          .bind(communityId, JSON.stringify(ids))
      : db
          .prepare(
            'SELECT * FROM learn_published WHERE community_id = ?1 ORDER BY position, published_at DESC LIMIT 400',
          )
          .bind(communityId),
  )
  return rows.map(toPublished)
}

export async function findPublished(db: D1Database, communityId: string, articleId: string) {
  const rows = await all<PublishedRow>(
    db
      .prepare('SELECT * FROM learn_published WHERE community_id = ?1 AND article_id = ?2')
      .bind(communityId, articleId),
  )
  return rows.map(toPublished)
}

export interface ArticleSearchRow {
  article_id: string
  locale: 'en' | 'es'
  kind: 'guide' | 'update'
  title_marked: string
  snippet_marked: string
}

/** Ranked search over published translations; `match` comes from fts.ts, already scoped to the community. */
export function searchArticles(db: D1Database, s: { communityId: string; match: string; limit: number }) {
  return all<ArticleSearchRow>(
    db
      .prepare(
        `SELECT p.article_id, p.locale, p.kind,
           highlight(learn_search, 0, ?4, ?5) AS title_marked,
           snippet(learn_search, -1, ?4, ?5, '…', 16) AS snippet_marked
         FROM learn_search JOIN learn_published p ON p.seq = learn_search.rowid
         WHERE learn_search MATCH ?1 AND p.community_id = ?2
         ORDER BY bm25(learn_search, 8.0, 4.0, 1.0, 0.0, 0.0) LIMIT ?3`,
      )
      .bind(s.match, s.communityId, s.limit, MARK_START, MARK_END),
  )
}

export async function findFeedback(db: D1Database, articleId: string, memberId: string) {
  const row = await first<{ helpful: number }>(
    db
      .prepare('SELECT helpful FROM learn_feedback WHERE article_id = ?1 AND member_id = ?2')
      .bind(articleId, memberId),
  )
  return row ? row.helpful === 1 : null
}

export function upsertFeedback(
  db: D1Database,
  f: {
    articleId: string
    memberId: string
    communityId: string
    helpful: boolean
    locale: string
    version: number
    now: number
  },
) {
  return [
    db
      .prepare(
        `INSERT INTO learn_feedback (article_id, member_id, community_id, helpful, locale, version, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (article_id, member_id) DO UPDATE SET helpful = excluded.helpful, locale = excluded.locale,
           version = excluded.version, updated_at = excluded.updated_at`,
      )
      .bind(f.articleId, f.memberId, f.communityId, f.helpful ? 1 : 0, f.locale, f.version, f.now),
    db
      .prepare(
        `UPDATE learn_articles SET
           helpful_yes = (SELECT COUNT(*) FROM learn_feedback WHERE article_id = ?1 AND helpful = 1),
           helpful_no = (SELECT COUNT(*) FROM learn_feedback WHERE article_id = ?1 AND helpful = 0)
         WHERE id = ?1`,
      )
      .bind(f.articleId),
  ]
}

export async function feedbackCounts(db: D1Database, w: MetricWindow) {
  const row = await first<{ yes: number | null; total: number }>(
    db
      .prepare(
        `SELECT SUM(helpful) AS yes, COUNT(*) AS total FROM learn_feedback
         WHERE community_id = ?1 AND updated_at >= ?2 AND updated_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return { yes: row?.yes ?? 0, total: row?.total ?? 0 }
}
