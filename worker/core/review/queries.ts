import { all } from '../db'

/** One step of a company text's review (official answers, Learn articles); the table is append-only. */
export type ReviewAction =
  | 'created'
  | 'edited'
  | 'submitted'
  | 'comment'
  | 'approved'
  | 'changes_requested'
  | 'retired'
  | 'archived'

export interface ReviewEvent {
  id: string
  communityId: string
  subjectType: string
  subjectId: string
  version: number
  actorId: string
  actorPseudonym: string
  action: ReviewAction
  comment: string | null
  at: number
}

interface ReviewRow {
  id: string
  community_id: string
  subject_type: string
  subject_id: string
  version: number
  actor_id: string
  actor_pseudonym: string
  action: ReviewAction
  comment: string | null
  at: number
}

export function insertReviewEvent(db: D1Database, e: ReviewEvent): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO review_events (id, community_id, subject_type, subject_id, version, actor_id, actor_pseudonym,
         action, comment, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      e.id,
      e.communityId,
      e.subjectType,
      e.subjectId,
      e.version,
      e.actorId,
      e.actorPseudonym,
      e.action,
      e.comment,
      e.at,
    )
}

/** The whole timeline of one subject, oldest first. */
export async function listReviewEvents(
  db: D1Database,
  subjectType: string,
  subjectId: string,
): Promise<ReviewEvent[]> {
  const rows = await all<ReviewRow>(
    db
      .prepare('SELECT * FROM review_events WHERE subject_type = ?1 AND subject_id = ?2 ORDER BY at, id')
      .bind(subjectType, subjectId),
  )
  return rows.map((r) => ({
    id: r.id,
    communityId: r.community_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    version: r.version,
    actorId: r.actor_id,
    actorPseudonym: r.actor_pseudonym,
    action: r.action,
    comment: r.comment,
    at: r.at,
  }))
}
