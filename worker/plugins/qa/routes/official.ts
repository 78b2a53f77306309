import type { OpenAPIHono } from '@hono/zod-openapi'
import { currentMember } from '../../../core/auth/current'
import { findContent } from '../../../core/content/queries'
import { editContent, storeContent } from '../../../core/content/service'
import { newId } from '../../../core/crypto'
import { clientOf, waitUntil } from '../../../core/http/client'
import { idempotent } from '../../../core/http/idempotency'
import { defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import { insertAnswer } from '../queries/answers'
import { BY_ANSWER_ID, refreshQuestion } from '../queries/questions'
import { applyDraftEdit, insertReviewEvent, submitDraft } from '../queries/reviews'
import { DraftInput, DraftView, ReviewComment } from '../schema'
import { AnswerParams, answerableQuestion, expertAnswer, QuestionParams } from './common'
import { draftView, event, ownDraft, reload } from './official-views'

const tags = ['Official answers']

const createRoute = defineRoute({
  method: 'post',
  path: '/{community}/questions/{questionId}/drafts',
  access: ['expert'],
  middleware: [idempotent()],
  tags,
  summary: 'Draft an expert answer; it stays private until a reviewer (not its author) approves a version',
  request: { params: QuestionParams, body: jsonBody(DraftInput) },
  responses: { 201: json(DraftView, 'The draft') },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/drafts/{answerId}',
  access: ['expert', 'reviewer'],
  tags,
  summary: 'An expert answer with every version, every approved version and the review timeline',
  request: { params: AnswerParams },
  responses: { 200: json(DraftView, 'The draft') },
})

const editRoute = defineRoute({
  method: 'put',
  path: '/{community}/drafts/{answerId}',
  access: ['expert'],
  tags,
  summary:
    'A new version of my draft (back to draft; the approved version stays public until the next approval)',
  request: { params: AnswerParams, body: jsonBody(DraftInput) },
  responses: { 200: json(DraftView, 'The draft') },
})

const submitRoute = defineRoute({
  method: 'post',
  path: '/{community}/drafts/{answerId}/submit',
  access: ['expert'],
  tags,
  summary: 'Submit the current version of my draft for medical-legal-regulatory review',
  request: { params: AnswerParams },
  responses: { 200: json(DraftView, 'Waiting for review') },
})

const commentRoute = defineRoute({
  method: 'post',
  path: '/{community}/drafts/{answerId}/comments',
  access: ['expert', 'reviewer'],
  tags,
  summary: 'A review comment on a version',
  request: { params: AnswerParams, body: jsonBody(ReviewComment) },
  responses: { 201: json(DraftView, 'Commented') },
})

export function officialRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const input = c.req.valid('json')
    const member = currentMember(c)
    const question = await answerableQuestion(c, questionId)
    const { db } = c.var.services
    const outcome = await storeContent(
      c.var.services,
      {
        community: c.var.community,
        author: member,
        type: 'answer',
        parentId: question.id,
        fields: { body: input.body },
        data: { articleIds: input.articleIds },
        locale: question.locale,
        client: clientOf(c),
      },
      {
        commit: (o) => {
          const record = {
            id: o.id,
            communityId: c.var.community.id,
            questionId: question.id,
            kind: 'expert' as const,
            author: o.author,
            status: o.status,
            body: o.fields.body ?? '',
            articleIds: input.articleIds,
            now: o.createdAt,
          }
          return [
            insertAnswer(db, record),
            insertReviewEvent(db, {
              id: newId('qrv', o.createdAt),
              answerId: o.id,
              communityId: c.var.community.id,
              version: 1,
              actorId: member.id,
              actorPseudonym: member.pseudonym,
              action: 'created',
              comment: null,
              at: o.createdAt,
            }),
          ]
        },
        waitUntil: waitUntil(c),
      },
    )
    return c.json(await reload(c, outcome.id), 201)
  })

  app.openapi(getRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    return c.json(await reload(c, answerId), 200)
  })

  app.openapi(editRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const input = c.req.valid('json')
    const { member, answer } = await ownDraft(c, answerId)
    const { db } = c.var.services
    const content = await findContent(db, c.var.community.id, answer.id)
    if (!content) throw qaErrors.qa_draft_not_found()
    await editContent(
      c.var.services,
      {
        community: c.var.community,
        author: member,
        content,
        fields: { body: input.body },
        data: { articleIds: input.articleIds },
        client: clientOf(c),
      },
      {
        commit: (o) => [
          applyDraftEdit(db, {
            id: answer.id,
            body: o.fields.body ?? '',
            version: o.version,
            status: o.status,
            articleIds: input.articleIds,
            now: c.var.services.now(),
          }),
          event(c, answer, member, 'edited', o.version),
          ...refreshQuestion(db, answer.id, c.var.services.now(), BY_ANSWER_ID),
        ],
        waitUntil: waitUntil(c),
      },
    )
    return c.json(await reload(c, answerId), 200)
  })

  app.openapi(submitRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const { member, answer } = await ownDraft(c, answerId)
    if (answer.reviewState !== 'draft' && answer.reviewState !== 'changes_requested') {
      throw qaErrors.qa_already_submitted({ reviewState: answer.reviewState })
    }
    const { db, now } = c.var.services
    await db.batch([
      submitDraft(db, answer.id, answer.version, now()),
      event(c, answer, member, 'submitted', answer.version),
    ])
    return c.json(await reload(c, answerId), 200)
  })

  app.openapi(commentRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const { version, comment } = c.req.valid('json')
    const member = currentMember(c)
    const answer = await expertAnswer(c, answerId)
    if (version > answer.version) throw qaErrors.qa_version_changed({ version: answer.version })
    await event(c, answer, member, 'comment', version, comment).run()
    // A comment changes only the timeline, not the answer row: no need to read it again.
    return c.json(await draftView(c, answer), 201)
  })
}
