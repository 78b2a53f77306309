import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { z } from '@hono/zod-openapi'
import { createApp } from '../../../../worker/app'
import { currentMember } from '../../../../worker/core/auth/current'
import type { StaffRole } from '../../../../worker/core/auth/roles'
import { findContent } from '../../../../worker/core/content/queries'
import { editContent, type StoreOutcome, storeContent } from '../../../../worker/core/content/service'
import { coreErrors } from '../../../../worker/core/errors'
import { clientOf } from '../../../../worker/core/http/client'
import { completeIdempotency, idempotent } from '../../../../worker/core/http/idempotency'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../../worker/core/http/route'
import { type ContentType, definePlugin, use } from '../../../../worker/core/plugin'
import type { Bindings } from '../../../../worker/env'
import { moderation } from '../../../../worker/plugins/moderation'
import { ADMIN_TOKEN, client } from '../../../helpers/api'
import { communityInput } from '../../../helpers/fixtures'

/**
 * A small content owner with a public table of its own (created here, in the test database), so the tests see
 * moderation decisions mirrored where the public reads: status, text and the "edited by moderator" marker.
 */
export async function ensurePostsTable(): Promise<void> {
  await env.DB.prepare(
    `CREATE TABLE IF NOT EXISTS test_posts (id TEXT PRIMARY KEY, community_id TEXT NOT NULL, author_id TEXT NOT NULL,
       pseudonym TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT, title TEXT, body TEXT NOT NULL,
       edited_by TEXT, updated_at INTEGER NOT NULL)`,
  ).run()
}

const postType: ContentType = {
  type: 'post',
  setStatus: (db, id, status, now) => [
    db.prepare('UPDATE test_posts SET status = ?2, updated_at = ?3 WHERE id = ?1').bind(id, status, now),
  ],
  setPublicFields: (db, id, fields, editedBy, now) => [
    db
      .prepare('UPDATE test_posts SET body = ?2, title = ?3, edited_by = ?4, updated_at = ?5 WHERE id = ?1')
      .bind(id, fields.body ?? '', fields.title ?? null, editedBy, now),
  ],
  anonymizeAuthor: (db, communityId, authorId, pseudonym) => [
    db
      .prepare('UPDATE test_posts SET pseudonym = ?3 WHERE community_id = ?1 AND author_id = ?2')
      .bind(communityId, authorId, pseudonym),
  ],
  link: (slug, id) => `/posts/${slug}/${id}`,
}

const Fields = z.object({ title: z.string().max(200).optional(), body: z.string().min(1).max(5000) })
const Stored = z.object({
  id: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  fields: z.record(z.string(), z.string()),
  reasons: z.array(
    z.object({ hook: z.string(), code: z.string(), verdict: z.string(), message: z.string() }),
  ),
})
const PostParams = CommunityParams.extend({ id: z.string().max(40) })

const createRoute = defineRoute({
  method: 'post',
  path: '/{community}',
  access: 'member',
  middleware: [idempotent()],
  request: { params: CommunityParams, body: jsonBody(Fields) },
  responses: { 201: json(Stored, 'Stored') },
})
const editRoute = defineRoute({
  method: 'patch',
  path: '/{community}/{id}',
  access: 'member',
  request: { params: PostParams, body: jsonBody(Fields) },
  responses: { 200: json(Stored, 'Edited') },
})
const readRoute = defineRoute({
  method: 'get',
  path: '/{community}/{id}',
  access: 'public',
  request: { params: PostParams },
  responses: { 200: json(z.looseObject({}), 'The public post') },
})

function answer(o: StoreOutcome) {
  return {
    id: o.id,
    status: o.status,
    statusReason: o.statusReason,
    fields: o.fields,
    reasons: o.decision.reasons.map(({ hook, code, verdict, message }) => ({ hook, code, verdict, message })),
  }
}

function fieldsOf(input: z.infer<typeof Fields>): Record<string, string> {
  return input.title === undefined ? { body: input.body } : { title: input.title, body: input.body }
}

export const postsPlugin = definePlugin({
  name: 'posts',
  description: 'Test posts with a public table',
  dependencies: ['content'],
  contentTypes: [postType],
  routes: (app) => {
    app.openapi(createRoute, async (c) => {
      const member = currentMember(c)
      let body = {} as ReturnType<typeof answer>
      await storeContent(
        c.var.services,
        {
          community: c.var.community,
          author: member,
          type: 'post',
          fields: fieldsOf(c.req.valid('json')),
          locale: 'en',
          client: clientOf(c),
        },
        {
          commit: (o) => {
            body = answer(o)
            return [
              c.var.services.db
                .prepare(
                  `INSERT INTO test_posts (id, community_id, author_id, pseudonym, status, status_reason, title, body,
                     updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
                )
                .bind(
                  o.id,
                  c.var.community.id,
                  o.author.id,
                  o.author.pseudonym,
                  o.status,
                  o.statusReason,
                  o.fields.title ?? null,
                  o.fields.body ?? '',
                  o.createdAt,
                ),
              ...completeIdempotency(c, 201, body),
            ]
          },
          waitUntil: (p) => c.executionCtx.waitUntil(p),
        },
      )
      return c.json(body, 201)
    })
    app.openapi(editRoute, async (c) => {
      const member = currentMember(c)
      const content = await findContent(c.var.services.db, c.var.community.id, c.req.valid('param').id)
      if (!content) throw coreErrors.not_found()
      if (content.authorId !== member.id) throw coreErrors.not_owner()
      let body = {} as ReturnType<typeof answer>
      await editContent(
        c.var.services,
        {
          community: c.var.community,
          author: member,
          content,
          fields: fieldsOf(c.req.valid('json')),
          client: clientOf(c),
        },
        {
          commit: (o) => {
            body = answer(o)
            return [
              c.var.services.db
                .prepare(
                  'UPDATE test_posts SET status = ?2, title = ?3, body = ?4, edited_by = ?5 WHERE id = ?1',
                )
                .bind(o.id, o.status, o.fields.title ?? null, o.fields.body ?? '', 'author'),
            ]
          },
          waitUntil: (p) => c.executionCtx.waitUntil(p),
        },
      )
      return c.json(body, 200)
    })
    app.openapi(readRoute, async (c) => {
      const row = await c.var.services.db
        .prepare(`SELECT * FROM test_posts WHERE id = ?1 AND community_id = ?2 AND status = 'published'`)
        .bind(c.req.valid('param').id, c.var.community.id)
        .first<Record<string, unknown>>()
      if (!row) throw coreErrors.not_found()
      return c.json(
        { id: row.id, title: row.title, body: row.body, editedBy: row.edited_by, pseudonym: row.pseudonym },
        200,
      )
    })
  },
})

/**
 * The app under test: core, moderation, and the posts owner. `clock` lets a test move time; without it the clock
 * ticks a millisecond per reading, so items never share a timestamp and orders are exact.
 */
export function moderationApp(clock?: { now: number }, bindings: Partial<Bindings> = {}) {
  let ticking = Date.now()
  const now = clock ? () => clock.now : () => (ticking += 1)
  const app = createApp([use(moderation), use(postsPlugin)], { now })
  const call = client(async (request) => {
    const ctx = createExecutionContext()
    const response = await app.fetch(request, { ...env, ...bindings }, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
  const consent = { termsVersion: '1', healthData: true }
  let n = 0
  const pseudonym = () => {
    n += 1
    return `Tester ${'abcdefghij'[n % 10]}${Math.random().toString(36).replace(/[\d.]/g, '').slice(0, 6)}`
  }
  return Object.assign(call, {
    async community(overrides: Record<string, unknown> = {}) {
      await ensurePostsTable()
      const res = await call('/v1/communities', { body: communityInput(overrides), token: ADMIN_TOKEN })
      if (res.status !== 201) throw new Error(`community: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body as { id: string; slug: string }
    },
    async member(slug: string) {
      const res = await call(`/v1/members/${slug}/join`, {
        body: { method: 'open', pseudonym: pseudonym(), consent },
      })
      if (res.status !== 201) throw new Error(`join: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body as { token: string; member: { id: string; pseudonym: string } }
    },
    async staff(slug: string, roles: StaffRole[]) {
      const joined = await this.member(slug)
      const res = await call(`/v1/members/${slug}/${joined.member.id}/access`, {
        method: 'PUT',
        body: { roles, badges: [] },
        token: ADMIN_TOKEN,
      })
      if (res.status !== 200) throw new Error(`access: ${res.status} ${JSON.stringify(res.body)}`)
      return joined
    },
    post(
      slug: string,
      token: string,
      body: string | { title?: string; body: string },
      headers?: Record<string, string>,
    ) {
      return call(`/v1/posts/${slug}`, { body: typeof body === 'string' ? { body } : body, token, headers })
    },
    rules(slug: string, rules: Record<string, unknown>) {
      return call(`/v1/moderation/${slug}/settings`, { method: 'PUT', body: rules, token: ADMIN_TOKEN })
    },
  })
}

export type ModerationApp = ReturnType<typeof moderationApp>

export async function publicRow(id: string) {
  return env.DB.prepare('SELECT status, status_reason, title, body, edited_by FROM test_posts WHERE id = ?1')
    .bind(id)
    .first<{
      status: string
      status_reason: string | null
      title: string | null
      body: string
      edited_by: string | null
    }>()
}

export async function registryRow(id: string) {
  return env.DB.prepare('SELECT status, status_reason, version FROM content WHERE id = ?1')
    .bind(id)
    .first<{ status: string; status_reason: string | null; version: number }>()
}

/** A unique text, so repeat detection never links two tests' posts. */
export function text(words: string): string {
  return `${words} (${crypto.randomUUID().slice(0, 8)})`
}
