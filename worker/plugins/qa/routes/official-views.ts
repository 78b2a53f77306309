import { currentMember } from '../../../core/auth/current'
import { listVersions } from '../../../core/content/queries'
import { newId } from '../../../core/crypto'
import type { MemberRecord } from '../../../core/members/schema'
import { authorView } from '../../../core/members/views'
import { iso, isoOrNull } from '../../../core/time'
import { qaErrors } from '../errors'
import type { AnswerRecord } from '../queries/answers'
import { findQuestion } from '../queries/questions'
import { insertReviewEvent, listApprovals, listTimeline, type ReviewAction } from '../queries/reviews'
import type { DraftView } from '../schema'
import { baseContext, type Ctx, expertAnswer } from './common'

/**
 * The whole record of an expert answer for experts and reviewers: every version (public text, and whether the
 * pipeline redacted it), every approved version as approved, and the review timeline.
 */
export async function draftView(c: Ctx, answer: AnswerRecord): Promise<DraftView> {
  const { db } = c.var.services
  const communityId = c.var.community.id
  const v = baseContext(c)
  const [question, versions, approvals, timeline] = await Promise.all([
    findQuestion(db, communityId, answer.questionId),
    listVersions(db, communityId, answer.id),
    listApprovals(db, answer.id),
    listTimeline(db, answer.id),
  ])
  return {
    id: answer.id,
    questionId: answer.questionId,
    questionTitle: question?.title ?? '',
    author: authorView(
      { id: answer.authorId, pseudonym: answer.authorPseudonym, badges: answer.authorBadges },
      v.community,
      v.locale,
    ),
    reviewState: answer.reviewState ?? 'draft',
    status: answer.status,
    version: answer.version,
    body: answer.body,
    articleIds: answer.articleIds,
    submittedAt: isoOrNull(answer.reviewState === 'in_review' ? answer.submittedAt : null),
    official:
      answer.officialVersion === null
        ? null
        : {
            version: answer.officialVersion,
            body: answer.officialBody ?? '',
            approvedAt: iso(answer.approvedAt ?? answer.createdAt),
          },
    versions: versions.map((version) => ({
      version: version.version,
      body: version.public.body ?? '',
      redacted: (version.public.body ?? '') !== (version.original.body ?? ''),
      editorId: version.editorId,
      at: iso(version.createdAt),
    })),
    approvals: approvals.map((a) => ({
      version: a.version,
      body: a.body,
      articleIds: a.articleIds,
      approvedBy: a.approvedBy,
      at: iso(a.approvedAt),
    })),
    timeline: timeline.map((e) => ({
      action: e.action,
      version: e.version,
      actor: { id: e.actorId, pseudonym: e.actorPseudonym },
      comment: e.comment,
      at: iso(e.at),
    })),
  }
}

export function event(
  c: Ctx,
  answer: AnswerRecord,
  member: MemberRecord | null,
  action: ReviewAction,
  version: number,
  comment: string | null = null,
) {
  const now = c.var.services.now()
  return insertReviewEvent(c.var.services.db, {
    id: newId('qrv', now),
    answerId: answer.id,
    communityId: c.var.community.id,
    version,
    actorId: member?.id ?? 'platform',
    actorPseudonym: member?.pseudonym ?? 'Platform administrator',
    action,
    comment,
    at: now,
  })
}

export async function reload(c: Ctx, id: string) {
  return draftView(c, await expertAnswer(c, id))
}

/** The draft, if the caller wrote it and it can still change. */
export async function ownDraft(c: Ctx, id: string) {
  const member = currentMember(c)
  const answer = await expertAnswer(c, id)
  if (answer.authorId !== member.id) throw qaErrors.qa_not_draft_author()
  if (answer.reviewState === 'retired') throw qaErrors.qa_retired()
  return { member, answer }
}
