import type { OpenAPIHono } from '@hono/zod-openapi'
import { hasMatch, matchAll, matchAny, scoped, segments } from '../../../core/http/fts'
import { CommunityParams, defineRoute, json } from '../../../core/http/route'
import { iso } from '../../../core/time'
import type { AppEnv } from '../../../env'
import { type SearchRow, searchQuestions } from '../queries/search'
import { SearchQuery, SearchResults, SimilarQuery } from '../schema'
import type { Ctx } from './common'

const tags = ['Questions']

const searchRoute = defineRoute({
  method: 'get',
  path: '/{community}/search',
  access: 'public',
  tags,
  summary: 'Full-text search over published questions and their official answers (ranked, with snippets)',
  description:
    'Every word must match (the last one as a prefix). Snippets are arrays of segments; `match: true` ' +
    'segments are the matched words. Search syntax in `q` is treated as plain words.',
  request: { params: CommunityParams, query: SearchQuery },
  responses: { 200: json(SearchResults, 'Results, best first') },
})

const similarRoute = defineRoute({
  method: 'get',
  path: '/{community}/questions/similar',
  access: 'public',
  tags,
  summary:
    'Questions similar to a draft question (any meaningful word), for duplicate suggestions while typing',
  request: { params: CommunityParams, query: SimilarQuery },
  responses: { 200: json(SearchResults, 'Similar questions, most similar first') },
})

function hit(row: SearchRow) {
  const fromAnswer = !hasMatch(row.body_marked) && hasMatch(row.answers_marked)
  return {
    id: row.id,
    title: segments(row.title_marked),
    snippet: segments(fromAnswer ? row.answers_marked : row.body_marked),
    snippetFrom: fromAnswer ? ('official_answer' as const) : ('question' as const),
    state: row.state,
    locale: row.locale,
    createdAt: iso(row.created_at),
  }
}

async function run(c: Ctx, match: string | null, limit: number) {
  if (match === null) return { results: [] }
  const community = c.var.community
  const rows = await searchQuestions(c.var.services.db, {
    communityId: community.id,
    match: scoped('scope', community.id, match),
    limit,
  })
  return { results: rows.map(hit) }
}

export function searchRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query')
    return c.json(await run(c, matchAll(q.q), q.limit), 200)
  })
  app.openapi(similarRoute, async (c) => {
    const q = c.req.valid('query')
    // Titles only: a duplicate is a question asked the same way, and titles are short, so far fewer rows match.
    const any = matchAny(q.text)
    return c.json(await run(c, any && `title : (${any})`, q.limit), 200)
  })
}
