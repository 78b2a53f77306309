import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { currentMember, optionalMember } from '../../../core/auth/current'
import { storeContent } from '../../../core/content/service'
import { clientOf, waitUntil } from '../../../core/http/client'
import { completeIdempotency, idempotent } from '../../../core/http/idempotency'
import { defineRoute, json, jsonBody } from '../../../core/http/route'
import { displayBadges } from '../../../core/members/badges'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import { addVote, findAnswer, helpfulVotesOf, insertAnswer, isPublic, removeVote } from '../queries/answers'
import { findQuestion, refreshQuestion, setAccepted } from '../queries/questions'
import { AcceptInput, AnswerView, ContentStatus, PeerAnswerInput } from '../schema'
import { answerView } from '../views'
import { AnswerParams, answerableQuestion, baseContext, type Ctx, QuestionParams } from './common'

const tags = ['Questions']

const StoredAnswer = z
  .object({
    questionId: z.string(),
    status: ContentStatus,
    statusReason: z.string().nullable(),
    answer: AnswerView,
  })
  .openapi('StoredAnswer')

const answerRoute = defineRoute({
  method: 'post',
  path: '/{community}/questions/{questionId}/answers',
  access: 'member',
  middleware: [idempotent()],
  tags,
  summary: 'Answer a question as a peer (company staff use the official-answer workflow instead)',
  request: { params: QuestionParams, body: jsonBody(PeerAnswerInput) },
  responses: { 201: json(StoredAnswer, 'Stored (published, or held for review)') },
})

const acceptRoute = defineRoute({
  method: 'post',
  path: '/{community}/questions/{questionId}/accept',
  access: 'member',
  tags,
  summary: 'The asker marks one public answer as the one that answered their question',
  request: { params: QuestionParams, body: jsonBody(AcceptInput) },
  responses: {
    200: json(z.object({ questionId: z.string(), acceptedAnswerId: z.string() }), 'Accepted'),
  },
})

const Vote = z.object({ answerId: z.string(), helpfulCount: z.number(), votedHelpful: z.boolean() })

const voteRoute = defineRoute({
  method: 'post',
  path: '/{community}/answers/{answerId}/helpful',
  access: 'member',
  tags,
  summary: 'Mark an answer as helpful (once per member)',
  request: { params: AnswerParams },
  responses: { 201: json(Vote, 'Counted') },
})

const unvoteRoute = defineRoute({
  method: 'delete',
  path: '/{community}/answers/{answerId}/helpful',
  access: 'member',
  tags,
  summary: 'Take back my helpful vote',
  request: { params: AnswerParams },
  responses: { 200: json(Vote, 'Removed') },
})

const getAnswerRoute = defineRoute({
  method: 'get',
  path: '/{community}/answers/{answerId}',
  access: 'public',
  tags,
  summary: 'One public answer and the question it answers',
  request: { params: AnswerParams },
  responses: { 200: json(z.object({ questionId: z.string(), answer: AnswerView }), 'The answer') },
})

/** A public answer of a published question in this community, or 404. */
/** A public answer of a published question, with that question. */
async function publicAnswer(c: Ctx, id: string) {
  const { db } = c.var.services
  const answer = await findAnswer(db, c.var.community.id, id)
  if (!answer || !isPublic(answer)) throw qaErrors.qa_answer_not_found()
  const question = await findQuestion(db, c.var.community.id, answer.questionId)
  if (question?.status !== 'published') throw qaErrors.qa_answer_not_found()
  return { answer, question }
}

export function answerRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(answerRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const input = c.req.valid('json')
    const member = currentMember(c)
    if (displayBadges(member.badges, member.roles).includes('hco_staff')) throw qaErrors.qa_staff_answer()
    const question = await answerableQuestion(c, questionId)
    const { db } = c.var.services
    const v = baseContext(c)
    let body: z.output<typeof StoredAnswer> | null = null
    await storeContent(
      c.var.services,
      {
        community: c.var.community,
        author: member,
        type: 'answer',
        parentId: question.id,
        fields: { body: input.body },
        locale: question.locale,
        client: clientOf(c),
      },
      {
        commit: (o) => {
          const record = {
            id: o.id,
            communityId: c.var.community.id,
            questionId: question.id,
            kind: 'peer' as const,
            author: o.author,
            status: o.status,
            body: o.fields.body ?? '',
            articleIds: [],
            now: o.createdAt,
          }
          const view = answerView(
            {
              ...record,
              authorId: o.author.id,
              authorPseudonym: o.author.pseudonym,
              authorBadges: o.author.badges,
              version: 1,
              reviewState: null,
              submittedAt: null,
              officialBody: null,
              officialVersion: null,
              officialArticleIds: [],
              approvedBy: null,
              approvedAt: null,
              helpfulCount: 0,
              editedBy: null,
              createdAt: o.createdAt,
            },
            { ...v, acceptedId: null, votes: new Set() },
          )
          body = { questionId: question.id, status: o.status, statusReason: o.statusReason, answer: view }
          return [
            insertAnswer(db, record),
            ...refreshQuestion(db, question.id, o.createdAt),
            ...completeIdempotency(c, 201, body),
          ]
        },
        waitUntil: waitUntil(c),
      },
    )
    return c.json(body!, 201)
  })

  app.openapi(acceptRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    const { answerId } = c.req.valid('json')
    const member = currentMember(c)
    const { db, now } = c.var.services
    const question = await findQuestion(db, c.var.community.id, questionId)
    if (question?.status !== 'published') throw qaErrors.qa_question_not_found()
    if (question.authorId !== member.id) throw qaErrors.qa_not_asker()
    const answer = await findAnswer(db, c.var.community.id, answerId)
    if (!answer || answer.questionId !== question.id || !isPublic(answer))
      throw qaErrors.qa_answer_not_found()
    await setAccepted(db, question.id, answer.id, now()).run()
    return c.json({ questionId: question.id, acceptedAnswerId: answer.id }, 200)
  })

  app.openapi(voteRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const member = currentMember(c)
    const { answer } = await publicAnswer(c, answerId)
    if (answer.authorId === member.id) throw qaErrors.qa_own_answer()
    const { db, now } = c.var.services
    const [inserted] = await db.batch(
      addVote(db, { answerId, memberId: member.id, communityId: c.var.community.id, now: now() }),
    )
    if (!inserted?.meta.changes) throw qaErrors.qa_already_voted()
    const count = await findAnswer(db, c.var.community.id, answerId)
    return c.json({ answerId, helpfulCount: count?.helpfulCount ?? 0, votedHelpful: true }, 201)
  })

  app.openapi(unvoteRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const member = currentMember(c)
    await publicAnswer(c, answerId)
    const { db } = c.var.services
    const [deleted] = await db.batch(removeVote(db, answerId, member.id))
    if (!deleted?.meta.changes) throw qaErrors.qa_vote_not_found()
    const count = await findAnswer(db, c.var.community.id, answerId)
    return c.json({ answerId, helpfulCount: count?.helpfulCount ?? 0, votedHelpful: false }, 200)
  })

  app.openapi(getAnswerRoute, async (c) => {
    const { answerId } = c.req.valid('param')
    const { answer, question } = await publicAnswer(c, answerId)
    const { db } = c.var.services
    const member = optionalMember(c)
    const votes = member ? await helpfulVotesOf(db, answer.questionId, member.id) : null
    const view = answerView(answer, {
      ...baseContext(c),
      acceptedId: question.acceptedAnswerId ?? null,
      votes,
    })
    return c.json({ questionId: answer.questionId, answer: view }, 200)
  })
}
