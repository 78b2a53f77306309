import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../../../worker/app'
import { findContent } from '../../../worker/core/content/queries'
import { editContent } from '../../../worker/core/content/service'
import { findMember } from '../../../worker/core/members/queries'
import { definePlugin, use } from '../../../worker/core/plugin'
import { ADMIN_TOKEN, api, createCommunity, joinOpen } from '../../helpers/api'
import { customApp } from '../../helpers/custom-app'
import { notesPlugin } from '../../helpers/test-plugins'

const consent = { termsVersion: '1', healthData: true }

describe('error codes not covered elsewhere', () => {
  it('answers a blocked member with 403 member_blocked', async () => {
    const community = await createCommunity()
    const { token, member } = await joinOpen(community.slug)
    await env.DB.prepare(`UPDATE members SET status = 'blocked' WHERE id = ?1`).bind(member.id).run()
    const res = await api(`/v1/members/${community.slug}/me`, { token })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('member_blocked')
  })

  it('answers a retry that arrives while the first request still runs with 409 idempotency_in_progress', async () => {
    const app = customApp([use(notesPlugin())])
    const community = await createCommunity()
    const { token, member } = await joinOpen(community.slug)
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at) VALUES (?1, 'busy-key-0001', ?2, 'pending', ?3)`,
    )
      .bind(`${community.id}:${member.id}`, 'x', Date.now())
      .run()
    const hash = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(`POST /v1/notes/${community.slug}\n{"body":"hi"}`),
    )
    const hex = [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')
    await env.DB.prepare(`UPDATE idempotency_keys SET request_hash = ?1 WHERE key = 'busy-key-0001'`)
      .bind(hex)
      .run()
    const res = await app(`/v1/notes/${community.slug}`, {
      body: { body: 'hi' },
      token,
      headers: { 'idempotency-key': 'busy-key-0001' },
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('idempotency_in_progress')
    expect(res.headers.get('retry-after')).toBe('1')
  })

  it('refuses a second edit made from the same starting version with 409 conflict', async () => {
    const plugins = [use(notesPlugin())]
    const app = customApp(plugins)
    const { registry } = createApp(plugins)
    const community = await createCommunity()
    const joined = await app(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Racing Editor', consent },
    })
    const note = await app(`/v1/notes/${community.slug}`, { body: { body: 'v1' }, token: joined.body.token })
    const services = { db: env.DB, env, now: () => Date.now(), registry, sessionTtlMs: 86_400_000 }
    const content = (await findContent(env.DB, community.id, note.body.id))!
    const author = (await findMember(env.DB, community.id, joined.body.member.id))!
    const { findCommunityBySlug } = await import('../../../worker/core/communities/queries')
    const c = (await findCommunityBySlug(env.DB, community.slug, []))!
    const edit = (text: string) =>
      editContent(
        services,
        { community: c, author, content, fields: { body: text }, client: { ip: null, userAgent: null } },
        { commit: () => [], waitUntil: () => undefined },
      )
    await edit('v2 from tab one')
    await expect(edit('v2 from tab two')).rejects.toMatchObject({ code: 'conflict', status: 409 })
  })

  it('refuses a chosen invite code that is already in use with 409 invite_code_taken', async () => {
    const community = await createCommunity()
    const body = { count: 1, cohort: 'vip', code: 'LAUNCH-PACK-2026' }
    expect((await api(`/v1/members/${community.slug}/invites`, { body, token: ADMIN_TOKEN })).status).toBe(
      201,
    )
    const again = await api(`/v1/members/${community.slug}/invites`, { body, token: ADMIN_TOKEN })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('invite_code_taken')
  })

  it('answers an unexpected failure with 500 internal_error, without internals', async () => {
    const broken = definePlugin({
      name: 'broken',
      description: 'throws',
      routes: (app) => {
        app.get('/:community/boom', () => {
          throw new Error('SQLITE_CORRUPT: secret table details')
        })
      },
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const app = customApp([use(broken)])
    const community = await createCommunity()
    const res = await app(`/v1/broken/${community.slug}/boom`)
    expect(res.status).toBe(500)
    expect(res.body).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on our side.', details: null },
    })
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})
