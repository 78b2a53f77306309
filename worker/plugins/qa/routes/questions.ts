import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { etag } from 'hono/etag'
import { auditStatement } from '../../../core/audit/record'
import { currentMember, optionalMember } from '../../../core/auth/current'
import { hasAnyRole } from '../../../core/auth/principal'
import { requestLocale } from '../../../core/communities/locale'
import { storeContent } from '../../../core/content/service'
import { clientOf, waitUntil } from '../../../core/http/client'
import { decodeCursor, encodeCursor } from '../../../core/http/cursor'
import { completeIdempotency, idempotent } from '../../../core/http/idempotency'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import { displayBadges } from '../../../core/members/badges'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import { helpfulVotesOf, listPublicAnswers } from '../queries/answers'
import { listByAuthor, listQuestions } from '../queries/lists'
import { insertQuestion, type QuestionRecord } from '../queries/questions'
import { getSettings, putSettings } from '../queries/settings'
import { cuesFromFlags, ROUTED_FLAG } from '../routing'
import {
  AskQuestion,
  ContentStatus,
  ListQuery,
  PublicQaSettings,
  QaSettings,
  QuestionDetail,
  QuestionSummary,
} from '../schema'
import { answerView, orderAnswers, publicSettings, questionSummary, routeNote, routingView } from '../views'
import { type Ctx, QuestionParams, STAFF_READERS, viewContext, visibleQuestion } from './common'

const tags = ['Questions']

const getSettingsRoute = defineRoute({
  method: 'get',
  path: '/{community}/settings',
  access: 'public',
  middleware: [etag()],
  tags,
  summary: 'Topic list and medical-information contact, in the requested locale',
  request: { params: CommunityParams },
  responses: { 200: json(PublicQaSettings, 'Settings') },
})

const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/{community}/settings',
  access: ['admin'],
  tags,
  summary: 'Set the topic list (en + es labels) and the medical-information contact',
  request: { params: CommunityParams, body: jsonBody(QaSettings) },
  responses: { 200: json(QaSettings, 'Saved') },
})

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}/questions',
  access: 'public',
  middleware: [etag()],
  tags,
  summary: 'Published questions, newest first; filter by state (unanswered, answered, official…) or topic',
  request: { params: CommunityParams, query: ListQuery },
  responses: {
    200: json(z.object({ questions: z.array(QuestionSummary), next: z.string().nullable() }), 'A page'),
  },
})

const AskResponse = QuestionDetail.extend({ statusReason: z.string().nullable() }).openapi('AskedQuestion')

const askRoute = defineRoute({
  method: 'post',
  path: '/{community}/questions',
  access: 'member',
  middleware: [idempotent()],
  tags,
  summary: 'Ask a question; personal-advice and off-label questions are routed to medical information',
  request: { params: CommunityParams, body: jsonBody(AskQuestion) },
  responses: { 201: json(AskResponse, 'Stored (published, or held for review)') },
})

const mineRoute = defineRoute({
  method: 'get',
  path: '/{community}/me/questions',
  access: 'member',
  tags,
  summary: 'My questions, whatever their status (so I see what waits for review)',
  request: { params: CommunityParams },
  responses: {
    200: json(
      z.object({ questions: z.array(QuestionSummary.extend({ status: ContentStatus })) }),
      'My latest 50 questions',
    ),
  },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/questions/{questionId}',
  access: 'public',
  tags,
  summary: 'A question with its answers: official answers first, or the medical-information note',
  request: { params: QuestionParams },
  responses: { 200: json(QuestionDetail, 'The question') },
})

const CursorShape = z.tuple([z.number(), z.number()])

/** The full view of a question for the caller: answers, their votes, and staff-only routing cues. */
export async function questionDetail(c: Ctx, question: QuestionRecord): Promise<QuestionDetail> {
  const { db } = c.var.services
  const v = await viewContext(c)
  const member = optionalMember(c)
  const routed = question.route === 'medical_information'
  const [answers, votes] = await Promise.all([
    routed ? [] : listPublicAnswers(db, question.id),
    member && !routed ? helpfulVotesOf(db, question.id, member.id) : null,
  ])
  const context = { ...v, acceptedId: question.acceptedAnswerId, votes }
  const staff = !!member && displayBadges(member.badges, member.roles).includes('hco_staff')
  return {
    ...questionSummary(question, v),
    body: question.body,
    status: question.status,
    route: routeNote(question, v),
    answers: orderAnswers(answers, question.acceptedAnswerId).map((a) => answerView(a, context)),
    isAsker: member?.id === question.authorId,
    canAnswer: !!member && !staff && !routed && question.status === 'published',
    routing: hasAnyRole(c.var.principal, STAFF_READERS) ? routingView(question) : null,
  }
}

async function ask(c: Ctx, input: z.output<typeof AskQuestion>) {
  const member = currentMember(c)
  const { db } = c.var.services
  const community = c.var.community
  const settings = await getSettings(db, community.id)
  const unknown = input.tags.filter((tag) => !settings.topics.some((t) => t.code === tag))
  if (unknown.length > 0) throw qaErrors.qa_unknown_topic({ tags: unknown })
  const locale = input.locale && community.locales.includes(input.locale) ? input.locale : requestLocale(c)
  let body: z.output<typeof AskResponse> | null = null
  await storeContent(
    c.var.services,
    {
      community,
      author: member,
      type: 'question',
      fields: { title: input.title, body: input.body },
      locale,
      client: clientOf(c),
    },
    {
      commit: (o) => {
        const cues = cuesFromFlags(o.decision.flags)
        const route = o.decision.flags.includes(ROUTED_FLAG) ? 'medical_information' : 'public'
        const record: QuestionRecord = {
          seq: 0,
          id: o.id,
          communityId: community.id,
          authorId: member.id,
          authorPseudonym: o.author.pseudonym,
          authorBadges: o.author.badges,
          title: o.fields.title ?? '',
          body: o.fields.body ?? '',
          tags: input.tags,
          locale,
          status: o.status,
          route,
          routeSource: 'auto',
          routeCues: cues,
          answerCount: 0,
          officialCount: 0,
          acceptedAnswerId: null,
          firstOfficialAt: null,
          privateReplyAt: null,
          editedBy: null,
          state: route === 'medical_information' ? 'medical_information' : 'unanswered',
          createdAt: o.createdAt,
          updatedAt: o.createdAt,
        }
        const v = { community, settings, locale: requestLocale(c) }
        body = {
          ...questionSummary(record, v),
          body: record.body,
          status: o.status,
          statusReason: o.statusReason,
          route: routeNote(record, v),
          answers: [],
          isAsker: true,
          canAnswer: false,
          routing: hasAnyRole(c.var.principal, STAFF_READERS) ? routingView(record) : null,
        }
        return [
          ...insertQuestion(db, { ...record, author: o.author, cues, now: o.createdAt }),
          ...completeIdempotency(c, 201, body),
        ]
      },
      waitUntil: waitUntil(c),
    },
  )
  return body!
}

export function questionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getSettingsRoute, async (c) => {
    const settings = await getSettings(c.var.services.db, c.var.community.id)
    return c.json(publicSettings(settings, requestLocale(c)), 200)
  })

  app.openapi(putSettingsRoute, async (c) => {
    const settings = c.req.valid('json')
    const { db, now } = c.var.services
    const before = await getSettings(db, c.var.community.id)
    await db.batch([
      putSettings(db, c.var.community.id, settings, now()),
      auditStatement(c, {
        action: 'qa.settings',
        targetType: 'qa_settings',
        targetId: c.var.community.id,
        before,
        after: settings,
      }),
    ])
    return c.json(settings, 200)
  })

  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const after = decodeCursor(q.cursor, CursorShape)
    const rows = await listQuestions(c.var.services.db, {
      communityId: c.var.community.id,
      state: q.state ?? null,
      topic: q.topic ?? null,
      after,
      limit: q.limit + 1,
    })
    const page = rows.slice(0, q.limit)
    const last = page.at(-1)
    const v = await viewContext(c)
    return c.json(
      {
        questions: page.map((row) => questionSummary(row, v)),
        next: rows.length > q.limit && last ? encodeCursor([last.createdAt, last.seq]) : null,
      },
      200,
    )
  })

  app.openapi(askRoute, async (c) => c.json(await ask(c, c.req.valid('json')), 201))

  app.openapi(mineRoute, async (c) => {
    const member = currentMember(c)
    const rows = await listByAuthor(c.var.services.db, c.var.community.id, member.id, 50)
    const v = await viewContext(c)
    return c.json({ questions: rows.map((row) => ({ ...questionSummary(row, v), status: row.status })) }, 200)
  })
}

/** Registered after the static `/questions/similar` route, so that one is not read as an id. */
export function questionPageRoute(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => {
    const { questionId } = c.req.valid('param')
    return c.json(await questionDetail(c, await visibleQuestion(c, questionId)), 200)
  })
}
