import { all, parseJson } from '../../../core/db'
import {
  type ReviewAction as CoreReviewAction,
  insertReviewEvent as insertCoreReviewEvent,
  listReviewEvents,
} from '../../../core/review/queries'

// The official-answer workflow: draft → in_review → approved (or changes_requested → draft …). Every statement
// that moves the state names the version and the state it expects, so a decision about a version someone has
// since edited changes nothing.

/** An author's new version of their draft: back to `draft`, to be submitted again (the approved text stays public). */
export function applyDraftEdit(
  db: D1Database,
  d: { id: string; body: string; version: number; status: string; articleIds: string[]; now: number },
) {
  return db
    .prepare(
      `UPDATE qa_answers SET body = ?2, version = ?3, status = ?4, article_ids = ?5, review_state = 'draft',
         submitted_at = NULL, updated_at = ?6
       WHERE id = ?1 AND review_state <> 'retired'`,
    )
    .bind(d.id, d.body, d.version, d.status, JSON.stringify(d.articleIds), d.now)
}

export function submitDraft(db: D1Database, id: string, version: number, now: number) {
  return db
    .prepare(
      `UPDATE qa_answers SET review_state = 'in_review', submitted_at = ?3, updated_at = ?3
       WHERE id = ?1 AND version = ?2 AND review_state IN ('draft', 'changes_requested')`,
    )
    .bind(id, version, now)
}

/** Keeps the approved version as approved, then makes it the answer's official text. */
export function approveDraft(
  db: D1Database,
  a: { id: string; version: number; approverId: string; now: number },
) {
  return [
    db
      .prepare(
        `INSERT INTO qa_approvals (answer_id, version, community_id, question_id, body, article_ids, approved_by, approved_at)
         SELECT id, version, community_id, question_id, body, article_ids, ?3, ?4 FROM qa_answers
         WHERE id = ?1 AND version = ?2 AND review_state = 'in_review'`,
      )
      .bind(a.id, a.version, a.approverId, a.now),
    db
      .prepare(
        `UPDATE qa_answers SET review_state = 'approved', official_body = body, official_version = version,
           official_article_ids = article_ids, approved_by = ?3, approved_at = ?4, updated_at = ?4
         WHERE id = ?1 AND version = ?2 AND review_state = 'in_review'`,
      )
      .bind(a.id, a.version, a.approverId, a.now),
  ]
}

export function requestChanges(db: D1Database, id: string, version: number, now: number) {
  return db
    .prepare(
      `UPDATE qa_answers SET review_state = 'changes_requested', updated_at = ?3
       WHERE id = ?1 AND version = ?2 AND review_state = 'in_review'`,
    )
    .bind(id, version, now)
}

export function retireAnswer(db: D1Database, id: string, now: number) {
  return db
    .prepare(`UPDATE qa_answers SET review_state = 'retired', updated_at = ?2 WHERE id = ?1`)
    .bind(id, now)
}

export type ReviewAction = Exclude<CoreReviewAction, 'archived'>

/** A step of an expert answer's review, in the core review timeline (subject type `answer`). */
export interface ReviewEventRecord {
  id: string
  answerId: string
  communityId: string
  version: number
  actorId: string
  actorPseudonym: string
  action: ReviewAction
  comment: string | null
  at: number
}

export function insertReviewEvent(db: D1Database, e: ReviewEventRecord) {
  const { answerId, ...rest } = e
  return insertCoreReviewEvent(db, { ...rest, subjectType: 'answer', subjectId: answerId })
}

export async function listTimeline(db: D1Database, answerId: string): Promise<ReviewEventRecord[]> {
  const events = await listReviewEvents(db, 'answer', answerId)
  return events.map(({ subjectType: _t, subjectId, action, ...rest }) => ({
    ...rest,
    answerId: subjectId,
    action: action as ReviewAction,
  }))
}

export interface ApprovalRecord {
  version: number
  body: string
  articleIds: string[]
  approvedBy: string
  approvedAt: number
}

export async function listApprovals(db: D1Database, answerId: string): Promise<ApprovalRecord[]> {
  const rows = await all<{
    version: number
    body: string
    article_ids: string
    approved_by: string
    approved_at: number
  }>(db.prepare('SELECT * FROM qa_approvals WHERE answer_id = ?1 ORDER BY version').bind(answerId))
  return rows.map((r) => ({
    version: r.version,
    body: r.body,
    articleIds: parseJson<string[]>(r.article_ids, []),
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
  }))
}
