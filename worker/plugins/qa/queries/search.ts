import { all } from '../../../core/db'
import { MARK_END, MARK_START } from '../../../core/http/fts'
import type { QuestionState } from '../schema'

export interface SearchRow {
  id: string
  state: QuestionState
  locale: 'en' | 'es'
  created_at: number
  title_marked: string
  body_marked: string
  answers_marked: string
  rank: number
}

// bm25 weights per column (title, body, answers, scope, locale): a word in the title counts most; the scope
// column only restricts the match to the community and must not count.
const SEARCH_SQL = `
  SELECT q.id, q.state, q.locale, q.created_at,
    highlight(qa_search, 0, ?4, ?5) AS title_marked,
    snippet(qa_search, 1, ?4, ?5, '…', 16) AS body_marked,
    snippet(qa_search, 2, ?4, ?5, '…', 16) AS answers_marked,
    bm25(qa_search, 8.0, 2.0, 3.0, 0.0, 0.0) AS rank
  FROM qa_search JOIN qa_questions q ON q.seq = qa_search.rowid
  WHERE qa_search MATCH ?1 AND q.community_id = ?2 AND q.status = 'published'
  ORDER BY rank LIMIT ?3`

/**
 * Ranked full-text search over published questions and their official answers. `match` must come from
 * fts.ts (quoted terms, scoped to the community); the join re-checks community and status as a second lock.
 */
export function searchQuestions(db: D1Database, s: { communityId: string; match: string; limit: number }) {
  return all<SearchRow>(db.prepare(SEARCH_SQL).bind(s.match, s.communityId, s.limit, MARK_START, MARK_END))
}
