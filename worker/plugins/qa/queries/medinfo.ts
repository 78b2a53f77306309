import { all } from '../../../core/db'

// The medical-information route: why a question was routed (and by whom), and the private replies.

export interface RouteLogEntry {
  id: string
  questionId: string
  communityId: string
  route: 'public' | 'medical_information'
  source: 'auto' | 'expert'
  actorId: string
  cues: string[]
  note: string | null
  at: number
}

export function insertRouteLog(db: D1Database, e: RouteLogEntry) {
  return db
    .prepare(
      `INSERT INTO qa_route_log (id, question_id, community_id, route, source, actor_id, cues, note, at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(
      e.id,
      e.questionId,
      e.communityId,
      e.route,
      e.source,
      e.actorId,
      JSON.stringify(e.cues),
      e.note,
      e.at,
    )
}

export interface PrivateReplyRecord {
  id: string
  questionId: string
  communityId: string
  authorId: string
  authorPseudonym: string
  body: string
  createdAt: number
}

export function insertPrivateReply(db: D1Database, r: PrivateReplyRecord) {
  return db
    .prepare(
      `INSERT INTO qa_private_replies (id, question_id, community_id, author_id, author_pseudonym, body, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    )
    .bind(r.id, r.questionId, r.communityId, r.authorId, r.authorPseudonym, r.body, r.createdAt)
}

export async function listPrivateReplies(db: D1Database, questionId: string): Promise<PrivateReplyRecord[]> {
  const rows = await all<{
    id: string
    question_id: string
    community_id: string
    author_id: string
    author_pseudonym: string
    body: string
    created_at: number
  }>(
    db
      .prepare('SELECT * FROM qa_private_replies WHERE question_id = ?1 ORDER BY created_at, id')
      .bind(questionId),
  )
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    communityId: r.community_id,
    authorId: r.author_id,
    authorPseudonym: r.author_pseudonym,
    body: r.body,
    createdAt: r.created_at,
  }))
}
