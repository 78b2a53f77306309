import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { etag } from 'hono/etag'
import { currentMember, optionalMember } from '../../../core/auth/current'
import { requestLocale } from '../../../core/communities/locale'
import { hasMatch, matchAll, scoped, segments } from '../../../core/http/fts'
import { CommunityParams, defineRoute, idParam, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { learnErrors } from '../errors'
import {
  findFeedback,
  findPublished,
  listPublished,
  searchArticles,
  upsertFeedback,
} from '../published-queries'
import { Article, ArticleHit, ArticleSummary, FeedbackInput, ListQuery, SearchQuery } from '../schema'
import { pickLocale, summaries, summary } from '../views'

const tags = ['Learn']
export const ArticleParams = CommunityParams.extend({ articleId: idParam('articleId', 'art') })

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}/articles',
  access: 'public',
  middleware: [etag()],
  tags,
  summary: 'Published articles and updates, in the reader’s language where translated',
  request: { params: CommunityParams, query: ListQuery },
  responses: { 200: json(z.object({ articles: z.array(ArticleSummary) }), 'Articles in list order') },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/articles/{articleId}',
  access: 'public',
  tags,
  summary: 'One published article as a sanitized node tree',
  request: { params: ArticleParams, query: z.object({ locale: z.enum(['en', 'es']).optional() }) },
  responses: { 200: json(Article, 'The article') },
})

const searchRoute = defineRoute({
  method: 'get',
  path: '/{community}/search',
  access: 'public',
  tags,
  summary: 'Full-text search over published articles (ranked, with snippets as segments)',
  request: { params: CommunityParams, query: SearchQuery },
  responses: { 200: json(z.object({ results: z.array(ArticleHit) }), 'Best first') },
})

const feedbackRoute = defineRoute({
  method: 'put',
  path: '/{community}/articles/{articleId}/feedback',
  access: 'member',
  tags,
  summary: '“Did this help?” — one answer per member, which they can change',
  request: { params: ArticleParams, body: jsonBody(FeedbackInput) },
  responses: { 200: json(z.object({ articleId: z.string(), helpful: z.boolean() }), 'Recorded') },
})

export function publicRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const community = c.var.community
    const rows = await listPublished(c.var.services.db, community.id, q.ids ? q.ids.split(',') : null)
    const articles = summaries(rows, requestLocale(c), community.defaultLocale).filter(
      (a) => !q.kind || a.kind === q.kind,
    )
    return c.json({ articles }, 200)
  })

  app.openapi(getRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const community = c.var.community
    const { db } = c.var.services
    const translations = await findPublished(db, community.id, articleId)
    const shown = pickLocale(translations, requestLocale(c), community.defaultLocale)
    if (!shown) throw learnErrors.learn_article_not_found()
    const member = optionalMember(c)
    return c.json(
      {
        ...summary(shown),
        tree: shown.tree,
        availableLocales: translations.map((t) => t.locale),
        myFeedback: member ? await findFeedback(db, articleId, member.id) : null,
      },
      200,
    )
  })

  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query')
    const match = matchAll(q.q)
    if (match === null) return c.json({ results: [] }, 200)
    const community = c.var.community
    const rows = await searchArticles(c.var.services.db, {
      communityId: community.id,
      match: scoped('scope', community.id, match),
      limit: q.limit,
    })
    const results = rows.map((r) => ({
      id: r.article_id,
      locale: r.locale,
      kind: r.kind,
      title: segments(r.title_marked),
      snippet: hasMatch(r.snippet_marked) ? segments(r.snippet_marked) : [],
    }))
    return c.json({ results }, 200)
  })

  app.openapi(feedbackRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const { helpful } = c.req.valid('json')
    const member = currentMember(c)
    const community = c.var.community
    const { db, now } = c.var.services
    const shown = pickLocale(
      await findPublished(db, community.id, articleId),
      requestLocale(c),
      community.defaultLocale,
    )
    if (!shown) throw learnErrors.learn_article_not_found()
    await db.batch(
      upsertFeedback(db, {
        articleId,
        memberId: member.id,
        communityId: community.id,
        helpful,
        locale: shown.locale,
        version: shown.version,
        now: now(),
      }),
    )
    return c.json({ articleId, helpful }, 200)
  })
}
