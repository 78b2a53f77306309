import {
  type ReviewAction as CoreReviewAction,
  insertReviewEvent,
  listReviewEvents,
} from '../../core/review/queries'

// The review timeline of an article lives in the core review timeline (subject type `article`).

export type ReviewAction = Exclude<CoreReviewAction, 'retired'>

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
  const { articleId, ...rest } = e
  return insertReviewEvent(db, { ...rest, subjectType: 'article', subjectId: articleId })
}

export async function listReviews(db: D1Database, articleId: string): Promise<ReviewEvent[]> {
  const events = await listReviewEvents(db, 'article', articleId)
  return events.map(({ subjectType: _t, subjectId, action, ...rest }) => ({
    ...rest,
    articleId: subjectId,
    action: action as ReviewAction,
  }))
}
