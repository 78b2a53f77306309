import { all, first, parseJson } from '../../../core/db'
import type { BadgeCode } from '../../../core/members/schema'

export type ReviewState = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'retired'

export interface AnswerRecord {
  id: string
  communityId: string
  questionId: string
  kind: 'peer' | 'expert'
  authorId: string
  authorPseudonym: string
  authorBadges: BadgeCode[]
  status: 'published' | 'pending' | 'rejected' | 'withdrawn' | 'removed'
  body: string
  version: number
  articleIds: string[]
  reviewState: ReviewState | null
  submittedAt: number | null
  officialBody: string | null
  officialVersion: number | null
  officialArticleIds: string[]
  approvedBy: string | null
  approvedAt: number | null
  helpfulCount: number
  editedBy: 'author' | 'moderator' | null
  createdAt: number
}

interface AnswerRow {
  id: string
  community_id: string
  question_id: string
  kind: AnswerRecord['kind']
  author_id: string
  author_pseudonym: string
  author_badges: string
  status: AnswerRecord['status']
  body: string
  version: number
  article_ids: string
  review_state: ReviewState | null
  submitted_at: number | null
  official_body: string | null
  official_version: number | null
  official_article_ids: string | null
  approved_by: string | null
  approved_at: number | null
  helpful_count: number
  edited_by: AnswerRecord['editedBy']
  created_at: number
}

export function toAnswer(r: AnswerRow): AnswerRecord {
  return {
    id: r.id,
    communityId: r.community_id,
    questionId: r.question_id,
    kind: r.kind,
    authorId: r.author_id,
    authorPseudonym: r.author_pseudonym,
    authorBadges: parseJson<BadgeCode[]>(r.author_badges, []),
    status: r.status,
    body: r.body,
    version: r.version,
    articleIds: parseJson<string[]>(r.article_ids, []),
    reviewState: r.review_state,
    submittedAt: r.submitted_at,
    officialBody: r.official_body,
    officialVersion: r.official_version,
    officialArticleIds: parseJson<string[]>(r.official_article_ids, []),
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    helpfulCount: r.helpful_count,
    editedBy: r.edited_by,
    createdAt: r.created_at,
  }
}

/** Public means: published, and for an expert answer, approved at least once. */
export function isPublic(a: Pick<AnswerRecord, 'status' | 'kind' | 'officialVersion'>): boolean {
  return a.status === 'published' && (a.kind === 'peer' || a.officialVersion !== null)
}

export async function findAnswer(db: D1Database, communityId: string, id: string) {
  const row = await first<AnswerRow>(
    db.prepare('SELECT * FROM qa_answers WHERE id = ?1 AND community_id = ?2').bind(id, communityId),
  )
  return row ? toAnswer(row) : null
}

/** The public answers of a question (at most 200), in storage order; the route orders them for display. */
export async function listPublicAnswers(db: D1Database, questionId: string) {
  const rows = await all<AnswerRow>(
    db
      .prepare(
        `SELECT * FROM qa_answers WHERE question_id = ?1 AND status = 'published'
           AND (kind = 'peer' OR official_version IS NOT NULL)
         ORDER BY created_at LIMIT 200`,
      )
      .bind(questionId),
  )
  return rows.map(toAnswer)
}

/** Ids of the answers of a question that `memberId` found helpful. */
export async function helpfulVotesOf(db: D1Database, questionId: string, memberId: string) {
  const rows = await all<{ answer_id: string }>(
    db
      .prepare(
        `SELECT v.answer_id FROM qa_votes v JOIN qa_answers a ON a.id = v.answer_id
         WHERE v.member_id = ?1 AND a.question_id = ?2`,
      )
      .bind(memberId, questionId),
  )
  return new Set(rows.map((r) => r.answer_id))
}

export interface NewAnswer {
  id: string
  communityId: string
  questionId: string
  kind: AnswerRecord['kind']
  author: { id: string; pseudonym: string; badges: readonly string[] }
  status: AnswerRecord['status']
  body: string
  articleIds: string[]
  now: number
}

export function insertAnswer(db: D1Database, a: NewAnswer): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO qa_answers (id, community_id, question_id, kind, author_id, author_pseudonym, author_badges, status,
         body, article_ids, review_state, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)`,
    )
    .bind(
      a.id,
      a.communityId,
      a.questionId,
      a.kind,
      a.author.id,
      a.author.pseudonym,
      JSON.stringify(a.author.badges),
      a.status,
      a.body,
      JSON.stringify(a.articleIds),
      a.kind === 'expert' ? 'draft' : null,
      a.now,
    )
}

export function setAnswerStatus(db: D1Database, id: string, status: string, now: number) {
  return db.prepare('UPDATE qa_answers SET status = ?2, updated_at = ?3 WHERE id = ?1').bind(id, status, now)
}

/** A moderator edit or redaction: the public text changes, the official text too when there is one. */
export function setAnswerText(db: D1Database, id: string, body: string, editedBy: string, now: number) {
  return db
    .prepare(
      `UPDATE qa_answers SET body = ?2,
         official_body = CASE WHEN official_version IS NULL THEN NULL ELSE ?2 END,
         edited_by = ?3, updated_at = ?4 WHERE id = ?1`,
    )
    .bind(id, body, editedBy, now)
}

export function anonymizeAnswers(db: D1Database, communityId: string, authorId: string, pseudonym: string) {
  return db
    .prepare('UPDATE qa_answers SET author_pseudonym = ?3 WHERE community_id = ?1 AND author_id = ?2')
    .bind(communityId, authorId, pseudonym)
}

/** Adds a helpful vote (ignored if the member already voted: the caller checks `changes`) and recounts. */
export function addVote(
  db: D1Database,
  v: { answerId: string; memberId: string; communityId: string; now: number },
) {
  return [
    db
      .prepare(
        `INSERT INTO qa_votes (answer_id, member_id, community_id, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (answer_id, member_id) DO NOTHING`,
      )
      .bind(v.answerId, v.memberId, v.communityId, v.now),
    recountVotes(db, v.answerId),
  ]
}

export function removeVote(db: D1Database, answerId: string, memberId: string) {
  return [
    db.prepare('DELETE FROM qa_votes WHERE answer_id = ?1 AND member_id = ?2').bind(answerId, memberId),
    recountVotes(db, answerId),
  ]
}

function recountVotes(db: D1Database, answerId: string) {
  return db
    .prepare(
      'UPDATE qa_answers SET helpful_count = (SELECT COUNT(*) FROM qa_votes WHERE answer_id = ?1) WHERE id = ?1',
    )
    .bind(answerId)
}
