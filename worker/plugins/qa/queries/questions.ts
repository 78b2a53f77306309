import { first, parseJson } from '../../../core/db'
import type { BadgeCode } from '../../../core/members/schema'
import type { QuestionState } from '../schema'

export interface QuestionRecord {
  seq: number
  id: string
  communityId: string
  authorId: string
  authorPseudonym: string
  authorBadges: BadgeCode[]
  title: string
  body: string
  tags: string[]
  locale: 'en' | 'es'
  status: 'published' | 'pending' | 'rejected' | 'withdrawn' | 'removed'
  route: 'public' | 'medical_information'
  routeSource: 'auto' | 'expert'
  routeCues: string[]
  answerCount: number
  officialCount: number
  acceptedAnswerId: string | null
  firstOfficialAt: number | null
  privateReplyAt: number | null
  editedBy: 'author' | 'moderator' | null
  state: QuestionState
  createdAt: number
  updatedAt: number
}

export interface QuestionRow {
  seq: number
  id: string
  community_id: string
  author_id: string
  author_pseudonym: string
  author_badges: string
  title: string
  body: string
  tags: string
  locale: QuestionRecord['locale']
  status: QuestionRecord['status']
  route: QuestionRecord['route']
  route_source: QuestionRecord['routeSource']
  route_cues: string
  answer_count: number
  official_count: number
  accepted_answer_id: string | null
  first_official_at: number | null
  private_reply_at: number | null
  edited_by: QuestionRecord['editedBy']
  state: QuestionState
  created_at: number
  updated_at: number
}

export function toQuestion(row: QuestionRow): QuestionRecord {
  return {
    seq: row.seq,
    id: row.id,
    communityId: row.community_id,
    authorId: row.author_id,
    authorPseudonym: row.author_pseudonym,
    authorBadges: parseJson<BadgeCode[]>(row.author_badges, []),
    title: row.title,
    body: row.body,
    tags: parseJson<string[]>(row.tags, []),
    locale: row.locale,
    status: row.status,
    route: row.route,
    routeSource: row.route_source,
    routeCues: parseJson<string[]>(row.route_cues, []),
    answerCount: row.answer_count,
    officialCount: row.official_count,
    acceptedAnswerId: row.accepted_answer_id,
    firstOfficialAt: row.first_official_at,
    privateReplyAt: row.private_reply_at,
    editedBy: row.edited_by,
    state: row.state,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Every column, the generated `state` included. */
export const QUESTION_COLUMNS = 'q.*'

export async function findQuestion(db: D1Database, communityId: string, id: string) {
  const row = await first<QuestionRow>(
    db
      .prepare(`SELECT ${QUESTION_COLUMNS} FROM qa_questions q WHERE q.id = ?1 AND q.community_id = ?2`)
      .bind(id, communityId),
  )
  return row ? toQuestion(row) : null
}

export interface NewQuestion {
  id: string
  communityId: string
  author: { id: string; pseudonym: string; badges: readonly string[] }
  title: string
  body: string
  tags: string[]
  locale: string
  status: QuestionRecord['status']
  route: QuestionRecord['route']
  cues: string[]
  now: number
}

export function insertQuestion(db: D1Database, q: NewQuestion): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO qa_questions (id, community_id, author_id, author_pseudonym, author_badges, title, body, tags,
           locale, status, route, route_source, route_cues, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'auto', ?12, ?13, ?13)`,
      )
      .bind(
        q.id,
        q.communityId,
        q.author.id,
        q.author.pseudonym,
        JSON.stringify(q.author.badges),
        q.title,
        q.body,
        JSON.stringify(q.tags),
        q.locale,
        q.status,
        q.route,
        JSON.stringify(q.cues),
        q.now,
      ),
    ...q.tags.map((tag) =>
      db
        .prepare(
          'INSERT INTO qa_question_tags (question_id, community_id, tag, created_at) VALUES (?1, ?2, ?3, ?4)',
        )
        .bind(q.id, q.communityId, tag, q.now),
    ),
    ...reindexQuestion(db, q.id),
  ]
}

/**
 * Which question a statement builder targets, as an SQL expression of ?1: the question id itself, or the
 * question of an answer id (so answer-level builders keep their question in step without another read).
 */
export type QuestionRef = '?1' | '(SELECT question_id FROM qa_answers WHERE id = ?1)'
export const BY_QUESTION_ID: QuestionRef = '?1'
export const BY_ANSWER_ID: QuestionRef = '(SELECT question_id FROM qa_answers WHERE id = ?1)'

/**
 * Keeps the full-text document of a question (its title, body and the text of its published official answers)
 * in step: deleted, then re-inserted only if the question is published. Put it in the same batch as any change
 * of status, text or official answers, after that change.
 */
export function reindexQuestion(
  db: D1Database,
  id: string,
  ref: QuestionRef = BY_QUESTION_ID,
): D1PreparedStatement[] {
  return [
    db
      .prepare(`DELETE FROM qa_search WHERE rowid = (SELECT seq FROM qa_questions WHERE id = ${ref})`)
      .bind(id),
    db
      .prepare(
        `INSERT INTO qa_search (rowid, title, body, answers, scope, locale)
         SELECT q.seq, q.title, q.body,
           COALESCE((SELECT group_concat(a.official_body, char(10)) FROM qa_answers a
             WHERE a.question_id = q.id AND a.status = 'published' AND a.official_version IS NOT NULL), ''),
           q.community_id, q.locale
         FROM qa_questions q WHERE q.id = ${ref} AND q.status = 'published'`,
      )
      .bind(id),
  ]
}

/**
 * Recounts public answers (so any status change of an answer keeps the question's state right), records the
 * first time an official answer became public, then reindexes.
 */
export function refreshQuestion(
  db: D1Database,
  id: string,
  now: number,
  ref: QuestionRef = BY_QUESTION_ID,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE qa_questions SET
           answer_count = (SELECT COUNT(*) FROM qa_answers WHERE question_id = qa_questions.id AND kind = 'peer'
             AND status = 'published'),
           official_count = (SELECT COUNT(*) FROM qa_answers WHERE question_id = qa_questions.id AND kind = 'expert'
             AND status = 'published' AND official_version IS NOT NULL),
           accepted_answer_id = (SELECT id FROM qa_answers WHERE id = qa_questions.accepted_answer_id
             AND status = 'published'),
           updated_at = ?2
         WHERE id = ${ref}`,
      )
      .bind(id, now),
    db
      .prepare(
        `UPDATE qa_questions SET first_official_at = COALESCE(first_official_at, ?2)
         WHERE id = ${ref} AND official_count > 0`,
      )
      .bind(id, now),
    ...reindexQuestion(db, id, ref),
  ]
}

export function setQuestionStatus(
  db: D1Database,
  id: string,
  status: string,
  now: number,
): D1PreparedStatement[] {
  return [
    db.prepare('UPDATE qa_questions SET status = ?2, updated_at = ?3 WHERE id = ?1').bind(id, status, now),
    ...reindexQuestion(db, id),
  ]
}

export function setQuestionText(
  db: D1Database,
  id: string,
  fields: { title?: string; body?: string },
  editedBy: string,
  now: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE qa_questions SET title = COALESCE(?2, title), body = COALESCE(?3, body), edited_by = ?4, updated_at = ?5
         WHERE id = ?1`,
      )
      .bind(id, fields.title ?? null, fields.body ?? null, editedBy, now),
    ...reindexQuestion(db, id),
  ]
}

export function anonymizeQuestions(db: D1Database, communityId: string, authorId: string, pseudonym: string) {
  return db
    .prepare('UPDATE qa_questions SET author_pseudonym = ?3 WHERE community_id = ?1 AND author_id = ?2')
    .bind(communityId, authorId, pseudonym)
}

export function setRoute(
  db: D1Database,
  r: { id: string; route: QuestionRecord['route']; source: 'auto' | 'expert'; now: number },
): D1PreparedStatement {
  return db
    .prepare('UPDATE qa_questions SET route = ?2, route_source = ?3, updated_at = ?4 WHERE id = ?1')
    .bind(r.id, r.route, r.source, r.now)
}

export function setAccepted(db: D1Database, id: string, answerId: string, now: number): D1PreparedStatement {
  return db
    .prepare('UPDATE qa_questions SET accepted_answer_id = ?2, updated_at = ?3 WHERE id = ?1')
    .bind(id, answerId, now)
}

export function markPrivateReply(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db
    .prepare(
      'UPDATE qa_questions SET private_reply_at = COALESCE(private_reply_at, ?2), updated_at = ?2 WHERE id = ?1',
    )
    .bind(id, now)
}
