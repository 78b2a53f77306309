import { all, first } from '../../../core/db'
import type { MetricWindow } from '../../../core/plugin'
import { type QuestionRecord, type QuestionRow, toQuestion } from './questions'

// The expert inbox: what waits for an expert, a reviewer, or medical information, oldest first.

const DRAFTS_IN_PROGRESS = `(SELECT COUNT(*) FROM qa_answers a WHERE a.question_id = q.id AND a.kind = 'expert'
  AND a.review_state IN ('draft', 'in_review', 'changes_requested')) AS drafts`

const QUEUE_SQL = {
  unanswered: `SELECT q.*, ${DRAFTS_IN_PROGRESS} FROM qa_questions q
    WHERE q.community_id = ?1 AND q.status = 'published' AND q.state = 'unanswered'
      AND (q.created_at, q.seq) > (?2, ?3) ORDER BY q.created_at, q.seq LIMIT ?4`,
  no_official: `SELECT q.*, ${DRAFTS_IN_PROGRESS} FROM qa_questions q
    WHERE q.community_id = ?1 AND q.status = 'published' AND q.state IN ('unanswered', 'answered')
      AND (q.created_at, q.seq) > (?2, ?3) ORDER BY q.created_at, q.seq LIMIT ?4`,
  open: `SELECT q.*, 0 AS drafts FROM qa_questions q
    WHERE q.community_id = ?1 AND q.status IN ('published', 'pending') AND q.state = 'medical_information'
      AND q.private_reply_at IS NULL AND (q.created_at, q.seq) > (?2, ?3) ORDER BY q.created_at, q.seq LIMIT ?4`,
  replied: `SELECT q.*, 0 AS drafts FROM qa_questions q
    WHERE q.community_id = ?1 AND q.status IN ('published', 'pending') AND q.state = 'medical_information'
      AND q.private_reply_at IS NOT NULL AND (q.created_at, q.seq) > (?2, ?3) ORDER BY q.created_at, q.seq LIMIT ?4`,
}

export type QueueName = keyof typeof QUEUE_SQL

export async function listQueue(
  db: D1Database,
  q: { communityId: string; queue: QueueName; after: readonly [number, number] | null; limit: number },
): Promise<(QuestionRecord & { drafts: number })[]> {
  const [at, seq] = q.after ?? [-1, -1]
  const rows = await all<QuestionRow & { drafts: number }>(
    db.prepare(QUEUE_SQL[q.queue]).bind(q.communityId, at, seq, q.limit),
  )
  return rows.map((r) => ({ ...toQuestion(r), drafts: r.drafts }))
}

export interface ReviewQueueRow {
  id: string
  question_id: string
  question_title: string
  author_id: string
  author_pseudonym: string
  author_badges: string
  version: number
  submitted_at: number | null
  updated_at: number
}

export function listReviewQueue(
  db: D1Database,
  communityId: string,
  after: readonly [number, string] | null,
  limit: number,
) {
  const [at, id] = after ?? [-1, '']
  return all<ReviewQueueRow>(
    db
      .prepare(
        `SELECT a.id, a.question_id, q.title AS question_title, a.author_id, a.author_pseudonym, a.author_badges,
           a.version, a.submitted_at, a.updated_at
         FROM qa_answers a JOIN qa_questions q ON q.id = a.question_id
         WHERE a.community_id = ?1 AND a.review_state = 'in_review' AND (a.updated_at, a.id) > (?2, ?3)
         ORDER BY a.updated_at, a.id LIMIT ?4`,
      )
      .bind(communityId, at, id, limit),
  )
}

export async function inboxCounts(db: D1Database, communityId: string) {
  const row = await first<{ unanswered: number; no_official: number; review: number; open: number }>(
    db
      .prepare(
        `SELECT
           (SELECT COUNT(*) FROM qa_questions WHERE community_id = ?1 AND status = 'published' AND state = 'unanswered') AS unanswered,
           (SELECT COUNT(*) FROM qa_questions WHERE community_id = ?1 AND status = 'published' AND state = 'answered') AS no_official,
           (SELECT COUNT(*) FROM qa_answers WHERE community_id = ?1 AND review_state = 'in_review') AS review,
           (SELECT COUNT(*) FROM qa_questions WHERE community_id = ?1 AND status IN ('published', 'pending')
              AND state = 'medical_information' AND private_reply_at IS NULL) AS open`,
      )
      .bind(communityId),
  )
  return {
    unanswered: row?.unanswered ?? 0,
    answeredByPeersOnly: row?.no_official ?? 0,
    awaitingReview: row?.review ?? 0,
    medicalInformationOpen: row?.open ?? 0,
  }
}

/** Hours from question to its first public official answer, for questions first answered in the window. */
export async function hoursToFirstOfficial(db: D1Database, w: MetricWindow): Promise<number[]> {
  const rows = await all<{ ms: number }>(
    db
      .prepare(
        `SELECT first_official_at - created_at AS ms FROM qa_questions
         WHERE community_id = ?1 AND first_official_at >= ?2 AND first_official_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return rows.map((r) => r.ms / 3_600_000)
}

/** Published questions asked in the window, and how many got an answer (public, official, or private reply). */
export async function answeredCounts(db: D1Database, w: MetricWindow) {
  const row = await first<{ asked: number; answered: number | null; routed: number | null }>(
    db
      .prepare(
        `SELECT COUNT(*) AS asked,
           SUM(CASE WHEN state IN ('answered', 'official')
             OR (state = 'medical_information' AND private_reply_at IS NOT NULL) THEN 1 ELSE 0 END) AS answered,
           SUM(CASE WHEN state = 'medical_information' THEN 1 ELSE 0 END) AS routed
         FROM qa_questions WHERE community_id = ?1 AND status = 'published' AND created_at >= ?2 AND created_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return { asked: row?.asked ?? 0, answered: row?.answered ?? 0, routed: row?.routed ?? 0 }
}
