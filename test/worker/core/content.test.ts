import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { use } from '../../../worker/core/plugin'
import { ADMIN_TOKEN, createCommunity, staffMember } from '../../helpers/api'
import { customApp } from '../../helpers/custom-app'
import { notesPlugin } from '../../helpers/test-plugins'

const app = customApp([use(notesPlugin())])
const consent = { termsVersion: '1', healthData: true }

async function member(
  slug: string,
  pseudonym = `Note Writer ${Math.random().toString(36).replace(/\d/g, '').slice(2, 8)}`,
) {
  const res = await app(`/v1/members/${slug}/join`, { body: { method: 'open', pseudonym, consent } })
  return res.body as { token: string; member: { id: string } }
}

describe('moderation modes (core hook)', () => {
  it('publishes directly in post-moderation mode', async () => {
    const community = await createCommunity({ moderation: { mode: 'post', firstN: 3 } })
    const { token } = await member(community.slug)
    const res = await app(`/v1/notes/${community.slug}`, { body: { body: 'Hello' }, token })
    expect(res.body).toMatchObject({ status: 'published', reasons: [] })
  })

  it('holds everything in pre-moderation mode, with the reason', async () => {
    const community = await createCommunity({ moderation: { mode: 'pre', firstN: 3 } })
    const { token } = await member(community.slug)
    const res = await app(`/v1/notes/${community.slug}`, { body: { body: 'Hello' }, token })
    expect(res.body).toMatchObject({
      status: 'pending',
      reasons: [{ hook: 'content.moderation-mode', code: 'premoderation', verdict: 'hold' }],
    })
    const row = await env.DB.prepare('SELECT status, status_reason FROM content WHERE id = ?1')
      .bind(res.body.id)
      .first()
    expect(row).toEqual({ status: 'pending', status_reason: 'premoderation' })
  })

  it('holds a member’s first N posts and publishes once N were approved', async () => {
    const community = await createCommunity({ moderation: { mode: 'first_n', firstN: 2 } })
    const { token } = await member(community.slug)
    const post = () => app(`/v1/notes/${community.slug}`, { body: { body: `Post ${Math.random()}` }, token })
    const first = await post()
    expect(first.body).toMatchObject({ status: 'pending', reasons: [{ code: 'first_posts' }] })
    await env.DB.prepare(`UPDATE content SET status = 'published' WHERE id = ?1`).bind(first.body.id).run()
    expect((await post()).body.status).toBe('pending')
    await env.DB.prepare(`UPDATE content SET status = 'published' WHERE community_id = ?1`)
      .bind(community.id)
      .run()
    expect((await post()).body.status).toBe('published')
  })

  it('does not hold staff who speak for the company (their text has its own review)', async () => {
    const community = await createCommunity({ moderation: { mode: 'pre', firstN: 3 } })
    const expert = await staffMember(community.slug, ['expert'])
    const res = await app(`/v1/notes/${community.slug}`, {
      body: { body: 'Official info' },
      token: expert.token,
    })
    expect(res.body.status).toBe('published')
  })
})

describe('content versions', () => {
  it('keeps the verbatim text and the decision of each version', async () => {
    const community = await createCommunity({ moderation: { mode: 'pre', firstN: 3 } })
    const { token, member: m } = await member(community.slug)
    const res = await app(`/v1/notes/${community.slug}`, { body: { body: 'Verbatim <b>text</b>' }, token })
    const row = await env.DB.prepare('SELECT * FROM content_versions WHERE content_id = ?1')
      .bind(res.body.id)
      .first()
    expect(row).toMatchObject({ version: 1, editor_id: m.id, editor_kind: 'author' })
    expect(JSON.parse(String(row?.original))).toEqual({ body: 'Verbatim <b>text</b>' })
    expect(JSON.parse(String(row?.decision))).toMatchObject({
      verdict: 'hold',
      reasons: [{ code: 'premoderation' }],
    })
  })
})

describe('idempotency', () => {
  it('turns ten identical retries into one stored item and replays the first answer', async () => {
    const community = await createCommunity()
    const { token, member: m } = await member(community.slug)
    const headers = { 'idempotency-key': 'retry-key-0001' }
    const answers = []
    for (let i = 0; i < 10; i++)
      answers.push(await app(`/v1/notes/${community.slug}`, { body: { body: 'Once' }, token, headers }))
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201))
    expect(answers[1]?.headers.get('idempotent-replayed')).toBe('true')
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM content WHERE author_id = ?1')
      .bind(m.id)
      .first()
    expect(count?.n).toBe(1)
  })

  it('refuses the same key with a different body (422) and a malformed key (400)', async () => {
    const community = await createCommunity()
    const { token } = await member(community.slug)
    const headers = { 'idempotency-key': 'retry-key-0002' }
    await app(`/v1/notes/${community.slug}`, { body: { body: 'One' }, token, headers })
    const other = await app(`/v1/notes/${community.slug}`, { body: { body: 'Two' }, token, headers })
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe('idempotency_key_reused')
    const bad = await app(`/v1/notes/${community.slug}`, {
      body: { body: 'x' },
      token,
      headers: { 'idempotency-key': 'short' },
    })
    expect(bad.status).toBe(400)
  })

  it('lets a failed request be retried with the same key once the input is fixed', async () => {
    const community = await createCommunity()
    const { token } = await member(community.slug)
    const headers = { 'idempotency-key': 'retry-key-0003' }
    expect((await app(`/v1/notes/${community.slug}`, { body: { body: '' }, token, headers })).status).toBe(
      422,
    )
    expect(
      (await app(`/v1/notes/${community.slug}`, { body: { body: 'fixed' }, token, headers })).status,
    ).toBe(201)
  })

  it('scopes keys to the member: another member’s same key is a new request', async () => {
    const community = await createCommunity()
    const a = await member(community.slug)
    const b = await member(community.slug)
    const headers = { 'idempotency-key': 'shared-key-0004' }
    const first = await app(`/v1/notes/${community.slug}`, {
      body: { body: 'same' },
      token: a.token,
      headers,
    })
    const second = await app(`/v1/notes/${community.slug}`, {
      body: { body: 'same' },
      token: b.token,
      headers,
    })
    expect(second.body.id).not.toBe(first.body.id)
  })
})

describe('account deletion and data export', () => {
  it('exports the member’s data, their own text included', async () => {
    const community = await createCommunity()
    const { token } = await member(community.slug)
    await app(`/v1/notes/${community.slug}`, { body: { body: 'My own words' }, token })
    const res = await app(`/v1/members/${community.slug}/me/export`, { token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment/)
    expect(res.body.content).toHaveLength(1)
    expect(res.body.content[0].versions[0].text).toEqual({ body: 'My own words' })
    expect(res.body.consents.map((c: { kind: string }) => c.kind)).toEqual(['terms', 'health_data'])
  })

  it('removes public content, erases private details and text, ends sessions, and keeps the audit entry', async () => {
    const community = await createCommunity()
    const { token, member: m } = await app(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Leaving Soon', email: 'leaving@example.com', consent },
    }).then((r) => r.body)
    const note = await app(`/v1/notes/${community.slug}`, { body: { body: 'Goodbye' }, token })
    expect((await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token })).status).toBe(204)
    const content = await env.DB.prepare('SELECT status, status_reason FROM content WHERE id = ?1')
      .bind(note.body.id)
      .first()
    expect(content).toEqual({ status: 'removed', status_reason: 'author_deleted_account' })
    const version = await env.DB.prepare('SELECT original FROM content_versions WHERE content_id = ?1')
      .bind(note.body.id)
      .first()
    expect(version?.original).toBe('{}')
    const priv = await env.DB.prepare('SELECT email FROM member_private WHERE member_id = ?1')
      .bind(m.id)
      .first()
    expect(priv?.email).toBeNull()
    expect((await app(`/v1/members/${community.slug}/me`, { token })).status).toBe(401)
    expect((await app(`/v1/members/${community.slug}/${m.id}`)).status).toBe(404)
    const audit = await app(`/v1/audit/${community.slug}?action=member.delete`, { token: ADMIN_TOKEN })
    expect(audit.body.entries[0]).toMatchObject({
      actorId: m.id,
      targetId: m.id,
      after: { pseudonym: `Deleted member ${m.id.slice(-6)}` },
    })
    // The pseudonym is free again.
    expect(
      (
        await app(`/v1/members/${community.slug}/join`, {
          body: { method: 'open', pseudonym: 'Leaving Soon', consent },
        })
      ).status,
    ).toBe(201)
  })
})
