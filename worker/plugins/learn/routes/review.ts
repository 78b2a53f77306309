import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { auditStatement } from '../../../core/audit/record'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { learnErrors } from '../errors'
import { approveArticle, archiveArticle, publishVersion } from '../published-queries'
import { latestVersions, listArticles, listVersions, setReviewState } from '../queries'
import { plainText } from '../richtext'
import { ArchiveInput, ReviewDecision, StaffArticle } from '../schema'
import { staffArticle } from '../views'
import { ArticleParams } from './public'
import { actor, event, load, route, STAFF, view } from './staff-common'

const decisionRoute = defineRoute({
  ...route(
    'post',
    '/{community}/articles/{articleId}/decision',
    ['reviewer'],
    'Approve (publish) the version under review, or request changes',
  ),
  request: { params: ArticleParams, body: jsonBody(ReviewDecision) },
  responses: { 200: json(StaffArticle, 'Decided') },
})

const archiveRoute = defineRoute({
  ...route(
    'post',
    '/{community}/articles/{articleId}/archive',
    ['reviewer', 'admin'],
    'Take an article off the site (its record is kept)',
  ),
  request: { params: ArticleParams, body: jsonBody(ArchiveInput) },
  responses: { 200: json(StaffArticle, 'Archived') },
})

const manageListRoute = defineRoute({
  ...route('get', '/{community}/manage/articles', STAFF, 'Every article with its review state (staff)'),
  request: { params: CommunityParams },
  responses: {
    200: json(
      z.object({ articles: z.array(StaffArticle.omit({ versions: true, timeline: true })) }),
      'Articles',
    ),
  },
})

const manageGetRoute = defineRoute({
  ...route(
    'get',
    '/{community}/manage/articles/{articleId}',
    STAFF,
    'An article with every version and its review timeline',
  ),
  request: { params: ArticleParams },
  responses: { 200: json(StaffArticle, 'The article') },
})

/** Reviewing articles: a reviewer who did not write a version publishes it; staff see every article. */
export function reviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(decisionRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const input = c.req.valid('json')
    const article = await load(c, articleId)
    if (article.reviewState !== 'in_review' || article.archivedAt !== null)
      throw learnErrors.learn_not_in_review()
    if (input.version !== article.version)
      throw learnErrors.learn_version_changed({ version: article.version })
    const { db, now } = c.var.services
    const versions = await listVersions(db, article.id)
    const reviewed = versions.find((v) => v.version === article.version)!
    // A second pair of eyes: whoever wrote the version under review cannot decide on it.
    if (reviewed.editorId === actor(c).id) throw learnErrors.learn_self_review()
    const approve = input.decision === 'approve'
    const plain = Object.fromEntries(
      Object.entries(reviewed.content).map(([locale, t]) => [locale, plainText(t.tree)]),
    )
    await db.batch([
      ...(approve
        ? [
            approveArticle(db, article.id, article.version, now()),
            ...publishVersion(db, {
              article,
              version: article.version,
              content: reviewed.content,
              plain,
              now: now(),
            }),
          ]
        : [
            setReviewState(db, {
              id: article.id,
              version: article.version,
              from: ['in_review'],
              to: 'changes_requested',
              now: now(),
            }),
          ]),
      event(
        c,
        article.id,
        article.version,
        approve ? 'approved' : 'changes_requested',
        input.comment ?? null,
      ),
      auditStatement(c, {
        action: approve ? 'learn.article.approve' : 'learn.article.request_changes',
        targetType: 'article',
        targetId: article.id,
        before: { publishedVersion: article.publishedVersion },
        after: { version: article.version, comment: input.comment ?? null },
      }),
    ])
    // A decision never adds a version: reuse the ones just read.
    return c.json(await view(c, articleId, { versions }), 200)
  })

  app.openapi(archiveRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const article = await load(c, articleId)
    if (article.archivedAt !== null) throw learnErrors.learn_archived()
    const { db, now } = c.var.services
    await db.batch([
      ...archiveArticle(db, article.id, now()),
      event(c, article.id, article.version, 'archived', reason),
      auditStatement(c, {
        action: 'learn.article.archive',
        targetType: 'article',
        targetId: article.id,
        after: { reason },
      }),
    ])
    return c.json(await view(c, articleId), 200)
  })

  app.openapi(manageListRoute, async (c) => {
    const { db } = c.var.services
    const [articles, latest] = await Promise.all([
      listArticles(db, c.var.community.id),
      latestVersions(db, c.var.community.id),
    ])
    const list = articles.map((a) => {
      const { versions: _v, timeline: _t, ...rest } = staffArticle(a, latest.get(a.id) ?? [], [])
      return rest
    })
    return c.json({ articles: list }, 200)
  })

  app.openapi(manageGetRoute, async (c) => {
    const { articleId } = c.req.valid('param')
    return c.json(await view(c, articleId), 200)
  })
}
