import { all } from '../../core/db'

// The review timeline of an article: creation, edits, submissions, comments, decisions, archiving.

export type ReviewAction =
  | 'created'
  | 'edited'
  | 'submitted'
  | 'comment'
  | 'approved'
  | 'changes_requested'
  | 'archived'

export interface ReviewEvent {
  id: string
  articleId: string
  communityId: string
  version: number
  actorId: string
  actorPseudonym: string
  action: ReviewAction
  comment: string | null
  at: number
}

export function insertReview(db: D1Database, e: ReviewEvent) {
  return db
    .prepare(
      `INSERT INTO learn_reviews (id, article_id, community_id, version, actor_id, actor_pseudonym, action, comment, at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(e.id, e.articleId, e.communityId, e.version, e.actorId, e.actorPseudonym, e.action, e.comment, e.at)
}

export async function listReviews(db: D1Database, articleId: string): Promise<ReviewEvent[]> {
  const rows = await all<{
    id: string
    article_id: string
    community_id: string
    version: number
    actor_id: string
    actor_pseudonym: string
    action: ReviewAction
    comment: string | null
    at: number
  }>(db.prepare('SELECT * FROM learn_reviews WHERE article_id = ?1 ORDER BY at, id').bind(articleId))
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    communityId: r.community_id,
    version: r.version,
    actorId: r.actor_id,
    actorPseudonym: r.actor_pseudonym,
    action: r.action,
    comment: r.comment,
    at: r.at,
  }))
}
