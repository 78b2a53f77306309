import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN } from '../../../helpers/api'
import { moderationApp, publicRow, registryRow, text } from './helpers'

const app = moderationApp()

async function setup(reportThreshold = 3) {
  const community = await app.community()
  await app.rules(community.slug, { reportThreshold })
  const moderator = await app.staff(community.slug, ['moderator'])
  const author = await app.member(community.slug)
  const post = await app.post(
    community.slug,
    author.token,
    text('You are all fools for taking this, I know better'),
  )
  return { community, moderator, author, id: post.body.id as string }
}

function report(slug: string, token: string, body: Record<string, unknown>) {
  return app(`/v1/moderation/${slug}/reports`, { body, token })
}

describe('member reports', () => {
  it('files a report (201) and answers a repeated one with the first (200), storing one', async () => {
    const { community, id } = await setup()
    const reporter = await app.member(community.slug)
    const first = await report(community.slug, reporter.token, { contentId: id, reason: 'personal_attack' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ contentId: id, reason: 'personal_attack', state: 'open' })
    const again = await report(community.slug, reporter.token, {
      contentId: id,
      reason: 'spam',
      note: 'really',
    })
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    const n = await env.DB.prepare('SELECT COUNT(*) AS n FROM moderation_reports WHERE content_id = ?1')
      .bind(id)
      .first()
    expect(n?.n).toBe(1)
  })

  it('puts a reported item in the queue while it stays public, with the reports by reason', async () => {
    const { community, moderator, id } = await setup()
    for (const reason of ['personal_attack', 'personal_attack']) {
      await report(community.slug, (await app.member(community.slug)).token, { contentId: id, reason })
    }
    expect((await publicRow(id))?.status).toBe('published')
    const queue = await app(`/v1/moderation/${community.slug}/queue?kind=reported`, {
      token: moderator.token,
    })
    expect(queue.body.items).toHaveLength(1)
    expect(queue.body.items[0]).toMatchObject({
      contentId: id,
      held: false,
      heldAt: null,
      status: 'published',
      reasons: [],
      reports: { open: 2, byReason: [{ reason: 'personal_attack', count: 2 }] },
    })
    const held = await app(`/v1/moderation/${community.slug}/queue?kind=held`, { token: moderator.token })
    expect(held.body.items).toEqual([])
  })

  it('holds a published item once the threshold of members reported it, audited with the reporter as actor', async () => {
    const { community, moderator, id } = await setup(2)
    const a = await app.member(community.slug)
    const b = await app.member(community.slug)
    await report(community.slug, a.token, { contentId: id, reason: 'personal_attack' })
    expect((await registryRow(id))?.status).toBe('published')
    await report(community.slug, b.token, { contentId: id, reason: 'off_topic' })
    expect(await registryRow(id)).toEqual({ status: 'pending', status_reason: 'reported', version: 1 })
    expect((await publicRow(id))?.status).toBe('pending')
    const queue = await app(`/v1/moderation/${community.slug}/queue`, { token: moderator.token })
    expect(queue.body.items[0]).toMatchObject({
      contentId: id,
      held: true,
      reasons: [
        {
          hook: 'moderation.reports',
          verdict: 'hold',
          code: 'reported',
          message: '2 members reported it (threshold 2).',
        },
      ],
      reports: { open: 2 },
    })
    const audit = await app(`/v1/audit/${community.slug}?action=moderation.report_hold`, {
      token: ADMIN_TOKEN,
    })
    expect(audit.body.entries).toEqual([
      expect.objectContaining({
        actorId: b.member.id,
        targetId: id,
        before: { status: 'published' },
        after: { status: 'pending', statusReason: 'reported', openReports: 2 },
      }),
    ])
  })

  it('report → queue → decision: removal upholds the reports; the author is told the reason code', async () => {
    const { community, moderator, id } = await setup(1)
    const reporter = await app.member(community.slug)
    await report(community.slug, reporter.token, {
      contentId: id,
      reason: 'personal_attack',
      note: 'Insults us all',
    })
    const detail = await app(`/v1/moderation/${community.slug}/items/${id}`, { token: moderator.token })
    expect(detail.body.reports).toEqual([
      expect.objectContaining({
        reporterId: reporter.member.id,
        reason: 'personal_attack',
        note: 'Insults us all',
        state: 'open',
      }),
    ])
    const decided = await app(`/v1/moderation/${community.slug}/items/${id}/decisions`, {
      body: { action: 'reject', reason: 'personal_attack' },
      token: moderator.token,
    })
    expect(decided.status).toBe(201)
    expect(await registryRow(id)).toEqual({
      status: 'rejected',
      status_reason: 'personal_attack',
      version: 1,
    })
    const after = await app(`/v1/moderation/${community.slug}/items/${id}`, { token: moderator.token })
    expect(after.body.reports[0]).toMatchObject({ state: 'upheld' })
    expect(after.body.queue).toBeNull()
  })

  it('does not hold again an item a moderator approved; new reports only queue it', async () => {
    const { community, moderator, id } = await setup(1)
    await report(community.slug, (await app.member(community.slug)).token, {
      contentId: id,
      reason: 'off_topic',
    })
    expect((await registryRow(id))?.status).toBe('pending')
    await app(`/v1/moderation/${community.slug}/items/${id}/decisions`, {
      body: { action: 'approve' },
      token: moderator.token,
    })
    const detail = await app(`/v1/moderation/${community.slug}/items/${id}`, { token: moderator.token })
    expect(detail.body.reports[0]).toMatchObject({ state: 'dismissed' })
    await report(community.slug, (await app.member(community.slug)).token, {
      contentId: id,
      reason: 'off_topic',
    })
    expect((await registryRow(id))?.status).toBe('published')
    const queue = await app(`/v1/moderation/${community.slug}/queue`, { token: moderator.token })
    expect(queue.body.items[0]).toMatchObject({ contentId: id, held: false, reports: { open: 1 } })
  })

  it('refuses reporting one’s own post (409 moderation_own_content)', async () => {
    const { community, author, id } = await setup()
    const res = await report(community.slug, author.token, { contentId: id, reason: 'spam' })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('moderation_own_content')
  })

  it('refuses reporting an item that is not public (409 moderation_not_reportable)', async () => {
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    const author = await app.member(community.slug)
    const held = await app.post(community.slug, author.token, text('Held for review'))
    const res = await report(community.slug, (await app.member(community.slug)).token, {
      contentId: held.body.id,
      reason: 'spam',
    })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'moderation_not_reportable',
      details: { status: 'pending' },
    })
  })

  it('answers 404 for an item of another community (moderation_content_not_found)', async () => {
    const { id } = await setup()
    const other = await app.community()
    const res = await report(other.slug, (await app.member(other.slug)).token, {
      contentId: id,
      reason: 'spam',
    })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('moderation_content_not_found')
  })

  it('needs a note when the reason is "other", and only known reasons', async () => {
    const { community, id } = await setup()
    const { token } = await app.member(community.slug)
    const bare = await report(community.slug, token, { contentId: id, reason: 'other' })
    expect(bare.status).toBe(422)
    expect(bare.body.error.details.fields).toEqual([expect.objectContaining({ path: 'note' })])
    const negative = await report(community.slug, token, { contentId: id, reason: 'negative' })
    expect(negative.status).toBe(422)
    expect(
      (await report(community.slug, token, { contentId: id, reason: 'other', note: 'Looks like an ad' }))
        .status,
    ).toBe(201)
  })

  it('lists the reason codes in the reader’s language, none of them about sentiment', async () => {
    const { community } = await setup()
    const en = await app(`/v1/moderation/${community.slug}/reasons`)
    expect(en.body.rejection.map((r: { code: string }) => r.code)).toEqual([
      'blocked_term',
      'spam_repeat',
      'off_topic',
      'personal_attack',
      'commercial',
      'privacy',
      'unsafe_advice',
    ])
    expect(en.body.report.find((r: { code: string }) => r.code === 'safety_concern').label).toBe(
      'Describes a side effect or a problem with the product',
    )
    const es = await app(`/v1/moderation/${community.slug}/reasons?locale=es`)
    expect(es.body.rejection[3]).toEqual({
      code: 'personal_attack',
      label: 'Ataca, insulta o acosa a una persona.',
    })
  })
})
