import type { OpenAPIHono } from '@hono/zod-openapi'
import { newId } from '../../../core/crypto'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { learnErrors } from '../errors'
import { insertArticle, reviseArticle, setReviewState } from '../queries'
import { sanitizeMarkdown } from '../richtext'
import { ArticleInput, Preview, PreviewInput, StaffArticle } from '../schema'
import { ArticleParams } from './public'
import { actor, event, load, newVersion, route, translationsOf, view, WRITERS } from './staff-common'

const createRoute = defineRoute({
  ...route(
    'post',
    '/{community}/articles',
    WRITERS,
    'Write a new article (a draft until a reviewer approves it)',
  ),
  request: { params: CommunityParams, body: jsonBody(ArticleInput) },
  responses: { 201: json(StaffArticle, 'The draft, with what the sanitizer removed') },
})

const editRoute = defineRoute({
  ...route(
    'put',
    '/{community}/articles/{articleId}',
    WRITERS,
    'A new version (the published one stays public until the next approval)',
  ),
  request: { params: ArticleParams, body: jsonBody(ArticleInput) },
  responses: { 200: json(StaffArticle, 'The new draft version') },
})

const submitRoute = defineRoute({
  ...route(
    'post',
    '/{community}/articles/{articleId}/submit',
    WRITERS,
    'Submit the latest version for medical-legal-regulatory review',
  ),
  request: { params: ArticleParams },
  responses: { 200: json(StaffArticle, 'Waiting for review') },
})

const previewRoute = defineRoute({
  ...route(
    'post',
    '/{community}/preview',
    WRITERS,
    'Sanitize Markdown without saving: the tree and what was removed',
  ),
  request: { params: CommunityParams, body: jsonBody(PreviewInput) },
  responses: { 200: json(Preview, 'Preview') },
})

/** Writing articles: experts and admins draft versions and submit them for review. */
export function staffRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(previewRoute, async (c) => c.json(sanitizeMarkdown(c.req.valid('json').markdown), 200))

  app.openapi(createRoute, async (c) => {
    const input = c.req.valid('json')
    const content = translationsOf(c.var.community, input)
    const { db, now } = c.var.services
    const id = newId('art', now())
    await db.batch([
      insertArticle(db, {
        id,
        communityId: c.var.community.id,
        kind: input.kind,
        topic: input.topic,
        position: input.position,
        authorId: actor(c).id,
        now: now(),
      }),
      newVersion(c, id, 1, content),
      event(c, id, 1, 'created'),
    ])
    return c.json(await view(c, id), 201)
  })

  app.openapi(editRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const input = c.req.valid('json')
    const article = await load(c, articleId)
    if (article.archivedAt !== null) throw learnErrors.learn_archived()
    const content = translationsOf(c.var.community, input)
    const { db, now } = c.var.services
    const version = article.version + 1
    await db.batch([
      reviseArticle(db, {
        id: article.id,
        kind: input.kind,
        topic: input.topic,
        position: input.position,
        version,
        now: now(),
      }),
      newVersion(c, article.id, version, content),
      event(c, article.id, version, 'edited'),
    ])
    return c.json(await view(c, articleId), 200)
  })

  app.openapi(submitRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const article = await load(c, articleId)
    if (article.archivedAt !== null) throw learnErrors.learn_archived()
    if (article.reviewState !== 'draft' && article.reviewState !== 'changes_requested') {
      throw learnErrors.learn_already_submitted({ reviewState: article.reviewState })
    }
    const { db, now } = c.var.services
    await db.batch([
      setReviewState(db, {
        id: article.id,
        version: article.version,
        from: ['draft', 'changes_requested'],
        to: 'in_review',
        now: now(),
      }),
      event(c, article.id, article.version, 'submitted'),
    ])
    return c.json(await view(c, articleId), 200)
  })
}
