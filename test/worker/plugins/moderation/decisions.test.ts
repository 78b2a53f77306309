import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN } from '../../../helpers/api'
import { moderationApp, publicRow, registryRow, text } from './helpers'

const app = moderationApp()

async function held(mode: 'pre' | 'post' = 'pre') {
  const community = await app.community({ moderation: { mode, firstN: 3 } })
  const moderator = await app.staff(community.slug, ['moderator'])
  const author = await app.member(community.slug)
  const post = await app.post(community.slug, author.token, {
    title: 'My week',
    body: text('Call me Jane Smith, the pills are working and my sister sells them cheaper'),
  })
  return { community, moderator, author, id: post.body.id as string }
}

function decide(slug: string, id: string, token: string, body: Record<string, unknown>) {
  return app(`/v1/moderation/${slug}/items/${id}/decisions`, { body, token })
}

async function auditOf(slug: string, action: string) {
  return (await app(`/v1/audit/${slug}?action=${action}`, { token: ADMIN_TOKEN })).body.entries
}

describe('decisions', () => {
  it('approve: publishes the item, records the decision and the audit entry with before and after', async () => {
    const { community, moderator, id } = await held()
    const res = await decide(community.slug, id, moderator.token, {
      action: 'approve',
      note: 'Fine',
      version: 1,
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      decision: {
        contentId: id,
        seq: 1,
        action: 'approve',
        reason: null,
        note: 'Fine',
        moderatorId: moderator.member.id,
        statusBefore: 'pending',
        statusAfter: 'published',
        version: 1,
      },
      item: { status: 'published', statusReason: null, version: 1 },
      authorBlocked: false,
    })
    expect((await publicRow(id))?.status).toBe('published')
    expect(await auditOf(community.slug, 'moderation.approve')).toEqual([
      expect.objectContaining({
        actorId: moderator.member.id,
        actorRoles: ['member', 'moderator'],
        targetType: 'post',
        targetId: id,
        before: { status: 'pending', statusReason: 'premoderation', version: 1 },
        after: { status: 'published', statusReason: null, version: 1, reason: null, note: 'Fine' },
      }),
    ])
  })

  it('reject: the author sees the reason code on their item; audited', async () => {
    const { community, moderator, id } = await held()
    const res = await decide(community.slug, id, moderator.token, { action: 'reject', reason: 'commercial' })
    expect(res.body.item).toEqual({ status: 'rejected', statusReason: 'commercial', version: 1 })
    expect(await registryRow(id)).toEqual({ status: 'rejected', status_reason: 'commercial', version: 1 })
    expect((await publicRow(id))?.status).toBe('rejected')
    const [entry] = await auditOf(community.slug, 'moderation.reject')
    expect(entry).toMatchObject({
      targetId: id,
      before: { status: 'pending' },
      after: { status: 'rejected', statusReason: 'commercial', reason: 'commercial' },
    })
  })

  it('reject refuses reasons outside the closed list ("negative" is not one)', async () => {
    const { community, moderator, id } = await held()
    const res = await decide(community.slug, id, moderator.token, { action: 'reject', reason: 'negative' })
    expect(res.status).toBe(422)
    expect(res.body.error.details.fields[0].path).toBe('reason')
  })

  it('edit: replaces the public text with an "edited by moderator" marker, keeps the original, and publishes', async () => {
    const { community, moderator, id } = await held()
    const body = 'Call me [name removed by moderator], the pills are working.'
    const res = await decide(community.slug, id, moderator.token, {
      action: 'edit',
      fields: { body },
      reason: 'privacy',
      note: 'Removed a name and a sales pitch',
    })
    expect(res.status).toBe(201)
    expect(res.body.item).toEqual({ status: 'published', statusReason: null, version: 2 })
    expect(await app(`/v1/posts/${community.slug}/${id}`)).toMatchObject({
      status: 200,
      body: { title: 'My week', body, editedBy: 'moderator' },
    })
    const versions = await env.DB.prepare(
      'SELECT version, editor_kind, original, public, decision FROM content_versions WHERE content_id = ?1 ORDER BY version',
    )
      .bind(id)
      .all<{ version: number; editor_kind: string; original: string; public: string; decision: string }>()
    expect(versions.results.map((v) => [v.version, v.editor_kind])).toEqual([
      [1, 'author'],
      [2, 'moderator'],
    ])
    expect(JSON.parse(versions.results[0]!.original).body).toMatch(/^Call me Jane Smith/)
    expect(JSON.parse(versions.results[1]!.public)).toEqual({ title: 'My week', body })
    expect(JSON.parse(versions.results[1]!.decision).flags).toEqual(['edited_by_moderator:privacy'])
    const [entry] = await auditOf(community.slug, 'moderation.edit')
    expect(entry.before.fields.body).toMatch(/^Call me Jane Smith/)
    expect(entry.after).toMatchObject({
      status: 'published',
      version: 2,
      reason: 'privacy',
      fields: { title: 'My week', body },
    })
  })

  it('edit with publish: false leaves a held item waiting in the queue', async () => {
    const { community, moderator, id } = await held()
    const res = await decide(community.slug, id, moderator.token, {
      action: 'edit',
      fields: { title: 'My first week' },
      reason: 'privacy',
      publish: false,
    })
    expect(res.body.item).toEqual({ status: 'pending', statusReason: 'premoderation', version: 2 })
    const queue = await app(`/v1/moderation/${community.slug}/queue`, { token: moderator.token })
    expect(queue.body.items[0]).toMatchObject({ contentId: id, version: 2, text: { title: 'My first week' } })
  })

  it('edit refuses a field the item does not have (422 moderation_unknown_field)', async () => {
    const { community, moderator, id } = await held()
    const res = await decide(community.slug, id, moderator.token, {
      action: 'edit',
      fields: { story: 'x' },
      reason: 'privacy',
    })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({
      code: 'moderation_unknown_field',
      details: { unknown: ['story'], fields: ['title', 'body'] },
    })
  })

  it('remove: takes a published item down with a reason code; a moderator can restore it by approving', async () => {
    const { community, moderator, id } = await held('post')
    const removed = await decide(community.slug, id, moderator.token, { action: 'remove', reason: 'privacy' })
    expect(removed.body.item).toEqual({ status: 'removed', statusReason: 'privacy', version: 1 })
    expect((await app(`/v1/posts/${community.slug}/${id}`)).status).toBe(404)
    expect(await auditOf(community.slug, 'moderation.remove')).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ status: 'published' }),
        after: expect.objectContaining({ status: 'removed' }),
      }),
    ])
    const restored = await decide(community.slug, id, moderator.token, { action: 'approve' })
    expect(restored.body).toMatchObject({
      decision: { seq: 2, statusBefore: 'removed' },
      item: { status: 'published' },
    })
  })

  it('approve overturns an automatic rejection (a word-list false positive)', async () => {
    const community = await app.community()
    await app.rules(community.slug, { blockedTerms: ['cheap*'] })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const post = await app.post(community.slug, author.token, text('Cheaper than my old prescription'))
    expect(post.body.status).toBe('rejected')
    const res = await decide(community.slug, post.body.id, moderator.token, { action: 'approve' })
    expect(res.body.item.status).toBe('published')
  })

  it('refuses decisions that do not apply to the item’s state (409 moderation_invalid_transition)', async () => {
    const { community, moderator, id } = await held('post')
    const res = await decide(community.slug, id, moderator.token, { action: 'reject', reason: 'off_topic' })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'moderation_invalid_transition',
      details: { action: 'reject', status: 'published' },
    })
    // A published item that nobody reported has nothing to approve.
    expect((await decide(community.slug, id, moderator.token, { action: 'approve' })).status).toBe(409)
  })

  it('cannot restore an item removed because its author deleted their account', async () => {
    const { community, moderator, author, id } = await held('post')
    await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token: author.token })
    const res = await decide(community.slug, id, moderator.token, { action: 'approve' })
    expect(res.status).toBe(409)
    expect(res.body.error.details).toEqual({ action: 'approve', status: 'removed' })
  })

  it('refuses a decision on a version the moderator did not see (409 moderation_item_changed)', async () => {
    const { community, moderator, author, id } = await held()
    await app(`/v1/posts/${community.slug}/${id}`, {
      method: 'PATCH',
      body: { body: text('New text') },
      token: author.token,
    })
    const res = await decide(community.slug, id, moderator.token, { action: 'approve', version: 1 })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'moderation_item_changed', details: { version: 2 } })
    expect((await registryRow(id))?.status).toBe('pending')
  })

  it('replays a retried decision (same Idempotency-Key) instead of deciding twice', async () => {
    const { community, moderator, id } = await held()
    const headers = { 'idempotency-key': 'decision-retry-0001' }
    const send = () =>
      app(`/v1/moderation/${community.slug}/items/${id}/decisions`, {
        body: { action: 'reject', reason: 'off_topic' },
        token: moderator.token,
        headers,
      })
    const first = await send()
    const retry = await send()
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(retry.body).toEqual(first.body)
    expect(await auditOf(community.slug, 'moderation.reject')).toHaveLength(1)
  })

  it('lets exactly one of two simultaneous decisions on the same item succeed', async () => {
    const { community, id } = await held()
    const [a, b] = [
      await app.staff(community.slug, ['moderator']),
      await app.staff(community.slug, ['moderator']),
    ]
    const answers = await Promise.all([
      decide(community.slug, id, a.token, { action: 'approve' }),
      decide(community.slug, id, b.token, { action: 'reject', reason: 'off_topic' }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409])
    const decisions = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM moderation_decisions WHERE content_id = ?1',
    )
      .bind(id)
      .first()
    expect(decisions?.n).toBe(1)
    expect(
      (await app(`/v1/audit/${community.slug}?targetId=${id}`, { token: ADMIN_TOKEN })).body.entries,
    ).toHaveLength(1)
  })

  it('answers 404 for an item of another community, even to that community’s moderator', async () => {
    const { id } = await held()
    const other = await app.community()
    const otherModerator = await app.staff(other.slug, ['moderator'])
    const res = await decide(other.slug, id, otherModerator.token, { action: 'approve' })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('moderation_content_not_found')
    expect(
      (await app(`/v1/moderation/${other.slug}/items/${id}`, { token: otherModerator.token })).status,
    ).toBe(404)
    expect((await registryRow(id))?.status).toBe('pending')
  })

  it('is for moderators only: members, experts, safety staff and admins are refused', async () => {
    const { community, author, id } = await held()
    for (const roles of [['expert'], ['safety'], ['admin'], ['reviewer'], ['analyst']] as const) {
      const staff = await app.staff(community.slug, [...roles])
      expect((await decide(community.slug, id, staff.token, { action: 'approve' })).status).toBe(403)
    }
    expect((await decide(community.slug, id, author.token, { action: 'approve' })).status).toBe(403)
    expect((await decide(community.slug, id, ADMIN_TOKEN, { action: 'approve' })).status).toBe(403)
    expect(
      (await app(`/v1/moderation/${community.slug}/items/${id}/decisions`, { body: { action: 'approve' } }))
        .status,
    ).toBe(401)
  })

  it('lists the community’s decisions newest first, page by page', async () => {
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const post = await app.post(community.slug, author.token, text(`Item ${i}`))
      await decide(community.slug, post.body.id, moderator.token, { action: 'approve' })
      ids.push(post.body.id)
    }
    const first = await app(`/v1/moderation/${community.slug}/decisions?limit=2`, { token: moderator.token })
    const second = await app(`/v1/moderation/${community.slug}/decisions?limit=2&cursor=${first.body.next}`, {
      token: moderator.token,
    })
    const seen = [...first.body.decisions, ...second.body.decisions].map(
      (d: { contentId: string }) => d.contentId,
    )
    expect(seen).toEqual([...ids].reverse())
    expect(second.body.next).toBeNull()
  })
})

describe('blocking members', () => {
  it('blocks a member: sessions end, posting is refused, and it is audited; unblock restores access', async () => {
    const { community, moderator, author } = await held('post')
    const res = await app(`/v1/moderation/${community.slug}/members/${author.member.id}/block`, {
      body: { reason: 'personal_attack', note: 'Third warning' },
      token: moderator.token,
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ memberId: author.member.id, status: 'blocked', changed: true })
    expect((await app.post(community.slug, author.token, text('Still here?'))).status).toBe(401)
    expect(await auditOf(community.slug, 'moderation.block')).toEqual([
      expect.objectContaining({
        targetType: 'member',
        targetId: author.member.id,
        before: { status: 'active' },
        after: { status: 'blocked', reason: 'personal_attack', note: 'Third warning' },
      }),
    ])
    const again = await app(`/v1/moderation/${community.slug}/members/${author.member.id}/block`, {
      body: { reason: 'personal_attack' },
      token: moderator.token,
    })
    expect(again.body.changed).toBe(false)
    expect(await auditOf(community.slug, 'moderation.block')).toHaveLength(1)
    const unblock = await app(`/v1/moderation/${community.slug}/members/${author.member.id}/unblock`, {
      body: {},
      token: moderator.token,
    })
    expect(unblock.body).toEqual({ memberId: author.member.id, status: 'active', changed: true })
    expect(await auditOf(community.slug, 'moderation.unblock')).toEqual([
      expect.objectContaining({ before: { status: 'blocked' }, after: { status: 'active', note: null } }),
    ])
  })

  it('rejects and blocks in one decision', async () => {
    const { community, moderator, author, id } = await held()
    const res = await decide(community.slug, id, moderator.token, {
      action: 'reject',
      reason: 'commercial',
      blockAuthor: true,
    })
    expect(res.body).toMatchObject({ item: { status: 'rejected' }, authorBlocked: true })
    const member = await env.DB.prepare('SELECT status FROM members WHERE id = ?1')
      .bind(author.member.id)
      .first()
    expect(member?.status).toBe('blocked')
    expect(await auditOf(community.slug, 'moderation.block')).toHaveLength(1)
  })

  it('refuses to block staff (409 moderation_cannot_block_staff) and unknown members (404)', async () => {
    const { community, moderator } = await held()
    const expert = await app.staff(community.slug, ['expert'])
    const staff = await app(`/v1/moderation/${community.slug}/members/${expert.member.id}/block`, {
      body: { reason: 'personal_attack' },
      token: moderator.token,
    })
    expect(staff.status).toBe(409)
    expect(staff.body.error).toMatchObject({
      code: 'moderation_cannot_block_staff',
      details: { roles: ['expert'] },
    })
    const other = await app.community()
    const stranger = await app.member(other.slug)
    const unknown = await app(`/v1/moderation/${community.slug}/members/${stranger.member.id}/block`, {
      body: { reason: 'personal_attack' },
      token: moderator.token,
    })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('moderation_member_not_found')
  })
})
