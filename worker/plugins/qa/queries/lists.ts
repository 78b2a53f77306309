import { all } from '../../../core/db'
import type { QuestionState } from '../schema'
import { QUESTION_COLUMNS, type QuestionRecord, type QuestionRow, toQuestion } from './questions'

// Public lists of questions: newest first, by state or topic, and a member's own.

export interface ListFilter {
  communityId: string
  state: QuestionState | null
  topic: string | null
  after: readonly [number, number] | null
  limit: number
}

// One fixed statement per filter combination, each served by an index: (community, status, created_at),
// (community, status, state, created_at) or the tag index. Newest first; keyset on (created_at, seq).
const LIST_ALL = `SELECT ${QUESTION_COLUMNS} FROM qa_questions q WHERE q.community_id = ?1 AND q.status = 'published'
  AND (q.created_at, q.seq) < (?2, ?3) ORDER BY q.created_at DESC, q.seq DESC LIMIT ?4`
const LIST_STATE = `SELECT ${QUESTION_COLUMNS} FROM qa_questions q WHERE q.community_id = ?1 AND q.status = 'published'
  AND q.state = ?5 AND (q.created_at, q.seq) < (?2, ?3) ORDER BY q.created_at DESC, q.seq DESC LIMIT ?4`
const LIST_TOPIC = `SELECT ${QUESTION_COLUMNS} FROM qa_question_tags t JOIN qa_questions q ON q.id = t.question_id
  WHERE t.community_id = ?1 AND t.tag = ?5 AND q.status = 'published' AND (?6 IS NULL OR q.state = ?6)
  AND (t.created_at, q.seq) < (?2, ?3) ORDER BY t.created_at DESC, q.seq DESC LIMIT ?4`

export async function listQuestions(db: D1Database, f: ListFilter): Promise<QuestionRecord[]> {
  const [at, seq] = f.after ?? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
  const statement = f.topic
    ? db.prepare(LIST_TOPIC).bind(f.communityId, at, seq, f.limit, f.topic, f.state)
    : f.state
      ? db.prepare(LIST_STATE).bind(f.communityId, at, seq, f.limit, f.state)
      : db.prepare(LIST_ALL).bind(f.communityId, at, seq, f.limit)
  const rows = await all<QuestionRow>(statement)
  return rows.map(toQuestion)
}

/** A member's own questions, whatever their status (so they see what is waiting for review). */
export async function listByAuthor(db: D1Database, communityId: string, authorId: string, limit: number) {
  const rows = await all<QuestionRow>(
    db
      .prepare(
        `SELECT ${QUESTION_COLUMNS} FROM qa_questions q WHERE q.community_id = ?1 AND q.author_id = ?2
         ORDER BY q.created_at DESC, q.seq DESC LIMIT ?3`,
      )
      .bind(communityId, authorId, limit),
  )
  return rows.map(toQuestion)
}
