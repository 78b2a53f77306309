import type { OpenAPIHono } from '@hono/zod-openapi'
import { auditStatement } from '../../../core/audit/record'
import { currentMember } from '../../../core/auth/current'
import { statusStatements } from '../../../core/content/service'
import { defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import { refreshQuestion } from '../queries/questions'
import { approveDraft, requestChanges, retireAnswer } from '../queries/reviews'
import { DraftView, RetireInput, ReviewDecision } from '../schema'
import { AnswerParams, expertAnswer } from './common'
import { event, reload } from './official-views'

const tags = ['Official answers']

const decisionRoute = defineRoute({
  method: 'post',
  path: '/{community}/drafts/{answerId}/decision',
  access: ['reviewer'],
  tags,
  summary: 'Approve the version under review (it becomes the official answer) or request changes',
  request: { params: AnswerParams, body: jsonBody(ReviewDecision) },
  responses: { 200: json(DraftView, 'Decided') },
})

const retireRoute = defineRoute({
  method: 'post',
  path: '/{community}/drafts/{answerId}/retire',
  access: ['reviewer', 'admin'],
  tags,
  summary: 'Retire an official answer (e.g. the label changed): it is no longer public; its record is kept',
  request: { params: AnswerParams, body: jsonBody(RetireInput) },
  responses: { 200: json(DraftView, 'Retired') },
})

/** The reviewer's side: approve or send back a version, and retire an official answer. */
export function officialReviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(decisionRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const input = c.req.valid('json')
    const member = currentMember(c)
    const answer = await expertAnswer(c, answerId)
    // Medical-legal-regulatory review means a second person: holding the reviewer role does not let an expert
    // approve (or reject) their own answer.
    if (answer.authorId === member.id) throw qaErrors.qa_self_review()
    if (answer.reviewState !== 'in_review')
      throw qaErrors.qa_not_in_review({ reviewState: answer.reviewState })
    if (input.version !== answer.version) throw qaErrors.qa_version_changed({ version: answer.version })
    const { db, now } = c.var.services
    const approve = input.decision === 'approve'
    await db.batch([
      ...(approve
        ? approveDraft(db, { id: answer.id, version: answer.version, approverId: member.id, now: now() })
        : [requestChanges(db, answer.id, answer.version, now())]),
      event(
        c,
        answer,
        member,
        approve ? 'approved' : 'changes_requested',
        answer.version,
        input.comment ?? null,
      ),
      ...(approve ? refreshQuestion(db, answer.questionId, now()) : []),
      auditStatement(c, {
        action: approve ? 'qa.answer.approve' : 'qa.answer.request_changes',
        targetType: 'answer',
        targetId: answer.id,
        before: { reviewState: answer.reviewState, officialVersion: answer.officialVersion },
        after: { version: answer.version, comment: input.comment ?? null },
      }),
    ])
    return c.json(await reload(c, answerId), 200)
  })

  app.openapi(retireRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const answer = await expertAnswer(c, answerId)
    if (answer.reviewState === 'retired') throw qaErrors.qa_retired()
    const member = c.var.principal.kind === 'member' ? c.var.principal.member : null
    const { db, now } = c.var.services
    await db.batch([
      retireAnswer(db, answer.id, now()),
      ...statusStatements(
        c.var.services,
        { id: answer.id, type: 'answer' },
        'withdrawn',
        'official_answer_retired',
      ),
      event(c, answer, member, 'retired', answer.version, reason),
      auditStatement(c, {
        action: 'qa.answer.retire',
        targetType: 'answer',
        targetId: answer.id,
        before: { reviewState: answer.reviewState, status: answer.status },
        after: { reason },
      }),
    ])
    return c.json(await reload(c, answerId), 200)
  })
}
