import { describe, expect, it } from 'vitest'
import { moderationApp, publicRow, registryRow, text } from './helpers'

const app = moderationApp()

async function queueOf(slug: string, token: string) {
  const res = await app(`/v1/moderation/${slug}/queue`, { token })
  expect(res.status).toBe(200)
  return res.body.items as { contentId: string; held: boolean; reasons: { hook: string; code: string }[] }[]
}

function approve(slug: string, id: string, token: string) {
  return app(`/v1/moderation/${slug}/items/${id}/decisions`, { body: { action: 'approve' }, token })
}

describe('moderation modes, end to end', () => {
  it('post-moderation: a member’s post is published at once and the queue stays empty', async () => {
    const community = await app.community({ moderation: { mode: 'post', firstN: 3 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const { token } = await app.member(community.slug)
    const res = await app.post(community.slug, token, text('Two weeks in, going well'))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'published', statusReason: null, reasons: [] })
    expect((await publicRow(res.body.id))?.status).toBe('published')
    expect(await queueOf(community.slug, moderator.token)).toEqual([])
  })

  it('pre-moderation: every post is held, shown in the queue with the reason, and published on approval', async () => {
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const { token } = await app.member(community.slug)
    const res = await app.post(community.slug, token, text('My first week on Trimly'))
    expect(res.body).toMatchObject({ status: 'pending', statusReason: 'premoderation' })
    expect(await app(`/v1/posts/${community.slug}/${res.body.id}`)).toMatchObject({ status: 404 })
    const queue = await queueOf(community.slug, moderator.token)
    expect(queue).toHaveLength(1)
    expect(queue[0]).toMatchObject({
      contentId: res.body.id,
      held: true,
      reasons: [{ hook: 'content.moderation-mode', code: 'premoderation', verdict: 'hold' }],
    })
    const decided = await approve(community.slug, res.body.id, moderator.token)
    expect(decided.status).toBe(201)
    expect(decided.body.item).toEqual({ status: 'published', statusReason: null, version: 1 })
    expect(await registryRow(res.body.id)).toEqual({ status: 'published', status_reason: null, version: 1 })
    expect((await app(`/v1/posts/${community.slug}/${res.body.id}`)).status).toBe(200)
    expect(await queueOf(community.slug, moderator.token)).toEqual([])
    // Pre-moderation holds every post, however many were approved before.
    expect((await app.post(community.slug, token, text('Second post'))).body.status).toBe('pending')
  })

  it('first N: holds a member’s first N posts; after N approvals their posts publish directly', async () => {
    const community = await app.community({ moderation: { mode: 'first_n', firstN: 2 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const { token } = await app.member(community.slug)
    for (let i = 1; i <= 2; i++) {
      const held = await app.post(community.slug, token, text(`Post number ${i} about my plan`))
      expect(held.body).toMatchObject({ status: 'pending', statusReason: 'first_posts' })
      const queue = await queueOf(community.slug, moderator.token)
      expect(queue.map((q) => q.contentId)).toEqual([held.body.id])
      expect(queue[0]?.reasons[0]).toMatchObject({ code: 'first_posts' })
      expect((await approve(community.slug, held.body.id, moderator.token)).status).toBe(201)
      expect((await publicRow(held.body.id))?.status).toBe('published')
    }
    const third = await app.post(community.slug, token, text('Third post goes straight out'))
    expect(third.body).toMatchObject({ status: 'published', reasons: [] })
    expect(await queueOf(community.slug, moderator.token)).toEqual([])
    // Another member still starts from zero.
    const newcomer = await app.member(community.slug)
    expect((await app.post(community.slug, newcomer.token, text('Hello all'))).body.status).toBe('pending')
  })

  it('first N: a rejected first post does not count towards N', async () => {
    const community = await app.community({ moderation: { mode: 'first_n', firstN: 1 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const { token } = await app.member(community.slug)
    const first = await app.post(community.slug, token, text('Visit my shop for deals'))
    const rejected = await app(`/v1/moderation/${community.slug}/items/${first.body.id}/decisions`, {
      body: { action: 'reject', reason: 'commercial' },
      token: moderator.token,
    })
    expect(rejected.body.item).toEqual({ status: 'rejected', statusReason: 'commercial', version: 1 })
    expect((await app.post(community.slug, token, text('A real question'))).body.status).toBe('pending')
  })
})
