import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { auditStatement } from '../../../core/audit/record'
import { currentMember } from '../../../core/auth/current'
import { hasAnyRole } from '../../../core/auth/principal'
import { requestLocale } from '../../../core/communities/locale'
import { newId } from '../../../core/crypto'
import { completeIdempotency, idempotent } from '../../../core/http/idempotency'
import { defineRoute, json, jsonBody } from '../../../core/http/route'
import { iso } from '../../../core/time'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import {
  insertPrivateReply,
  insertRouteLog,
  listPrivateReplies,
  type PrivateReplyRecord,
} from '../queries/medinfo'
import { findQuestion, markPrivateReply, setRoute } from '../queries/questions'
import { PrivateReply, PrivateReplyInput, QuestionDetail, RouteInput } from '../schema'
import { medinfoLabel } from '../views'
import { type Ctx, MEDINFO_READERS, QuestionParams } from './common'
import { questionDetail } from './questions'

const tags = ['Medical information']

const routeRoute = defineRoute({
  method: 'put',
  path: '/{community}/questions/{questionId}/route',
  access: ['expert'],
  tags,
  summary: 'Route a question to medical information (no public answers) or back to public answers',
  request: { params: QuestionParams, body: jsonBody(RouteInput) },
  responses: { 200: json(QuestionDetail, 'The question as staff see it') },
})

const replyRoute = defineRoute({
  method: 'post',
  path: '/{community}/questions/{questionId}/private-replies',
  access: ['expert'],
  middleware: [idempotent()],
  tags,
  summary: 'Reply privately to the asker of a routed question (only they and staff can read it)',
  request: { params: QuestionParams, body: jsonBody(PrivateReplyInput) },
  responses: { 201: json(PrivateReply, 'Sent') },
})

const readRoute = defineRoute({
  method: 'get',
  path: '/{community}/questions/{questionId}/private-replies',
  access: 'member',
  tags,
  summary: 'Private replies of medical information: for the asker and medical-information staff only',
  request: { params: QuestionParams },
  responses: { 200: json(z.object({ replies: z.array(PrivateReply) }), 'Replies, oldest first') },
})

function replyView(c: Ctx, r: PrivateReplyRecord) {
  return {
    id: r.id,
    body: r.body,
    author: { pseudonym: r.authorPseudonym, label: medinfoLabel(c.var.community, requestLocale(c)) },
    createdAt: iso(r.createdAt),
  }
}

async function questionOrThrow(c: Ctx, id: string) {
  const question = await findQuestion(c.var.services.db, c.var.community.id, id)
  if (!question || question.status === 'removed' || question.status === 'rejected') {
    throw qaErrors.qa_question_not_found()
  }
  return question
}

export function medinfoRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(routeRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const { route, note } = c.req.valid('json')
    const member = currentMember(c)
    const question = await questionOrThrow(c, questionId)
    const { db, now } = c.var.services
    await db.batch([
      setRoute(db, { id: question.id, route, source: 'expert', now: now() }),
      insertRouteLog(db, {
        id: newId('qrl', now()),
        questionId: question.id,
        communityId: c.var.community.id,
        route,
        source: 'expert',
        actorId: member.id,
        cues: question.routeCues,
        note,
        at: now(),
      }),
      auditStatement(c, {
        action: 'qa.question.route',
        targetType: 'question',
        targetId: question.id,
        before: { route: question.route, source: question.routeSource },
        after: { route, note },
      }),
    ])
    return c.json(await questionDetail(c, (await findQuestion(db, c.var.community.id, question.id))!), 200)
  })

  app.openapi(replyRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const { body } = c.req.valid('json')
    const member = currentMember(c)
    const question = await questionOrThrow(c, questionId)
    if (question.route !== 'medical_information') throw qaErrors.qa_not_routed()
    const { db, now } = c.var.services
    const record: PrivateReplyRecord = {
      id: newId('qpr', now()),
      questionId: question.id,
      communityId: c.var.community.id,
      authorId: member.id,
      authorPseudonym: member.pseudonym,
      body,
      createdAt: now(),
    }
    const view = replyView(c, record)
    await db.batch([
      insertPrivateReply(db, record),
      markPrivateReply(db, question.id, now()),
      auditStatement(c, {
        action: 'qa.private_reply',
        targetType: 'question',
        targetId: question.id,
        after: { replyId: record.id },
      }),
      ...completeIdempotency(c, 201, view),
    ])
    return c.json(view, 201)
  })

  app.openapi(readRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const member = currentMember(c)
    const question = await questionOrThrow(c, questionId)
    if (question.authorId !== member.id && !hasAnyRole(c.var.principal, MEDINFO_READERS))
      throw qaErrors.qa_private()
    const replies = await listPrivateReplies(c.var.services.db, question.id)
    return c.json({ replies: replies.map((r) => replyView(c, r)) }, 200)
  })
}
