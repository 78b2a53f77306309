import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN } from '../../../helpers/api'
import { meteredDb } from '../../../helpers/metered-db'
import { moderationApp, text } from './helpers'

const HOUR = 3_600_000

describe('listening metrics', () => {
  it('reports items held, median hours to a decision, the share rejected and reports received', async () => {
    const start = Date.UTC(2026, 2, 2, 9, 0, 0)
    const clock = { now: start }
    const app = moderationApp(clock)
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    await app.rules(community.slug, { blockedTerms: ['idiot*'] })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const reporter = await app.member(community.slug)
    const post = async (body: string) => (await app.post(community.slug, author.token, text(body))).body
    const [a, b, c] = [await post('First'), await post('Second'), await post('Third')]
    expect((await post('What an idiot')).status).toBe('rejected')
    const decide = (id: string, body: Record<string, unknown>) =>
      app(`/v1/moderation/${community.slug}/items/${id}/decisions`, { body, token: moderator.token })
    clock.now = start + 2 * HOUR
    await decide(a.id, { action: 'approve' })
    clock.now = start + 4 * HOUR
    await decide(b.id, { action: 'reject', reason: 'off_topic' })
    await app(`/v1/moderation/${community.slug}/reports`, {
      body: { contentId: a.id, reason: 'spam' },
      token: reporter.token,
    })
    void c
    const from = new Date(start - HOUR).toISOString()
    const to = new Date(start + 5 * HOUR).toISOString()
    const res = await app(`/v1/metrics/${community.slug}?from=${from}&to=${to}`, { token: ADMIN_TOKEN })
    expect(res.status).toBe(200)
    const values = Object.fromEntries(
      res.body.metrics
        .filter((m: { plugin: string }) => m.plugin === 'moderation')
        .map((m: { name: string; value: number | null }) => [m.name, m.value]),
    )
    expect(values).toEqual({
      'moderation.items_held': 3,
      'moderation.median_hours_to_decision': 3,
      'moderation.share_rejected': 0.5,
      'moderation.reports_received': 1,
    })
    const empty = await app(
      `/v1/metrics/${community.slug}?from=${new Date(start - 48 * HOUR).toISOString()}&to=${new Date(start - 24 * HOUR).toISOString()}`,
      { token: ADMIN_TOKEN },
    )
    const emptyValues = empty.body.metrics
      .filter((m: { plugin: string }) => m.plugin === 'moderation')
      .map((m: { value: unknown }) => m.value)
    expect(emptyValues).toEqual([0, null, null, 0])
  })
})

describe('read budgets', () => {
  it('screens a post of a member with recent posts reading a bounded number of rows', async () => {
    const { db, meter } = meteredDb(env.DB)
    const app = moderationApp(undefined, { DB: db })
    const community = await app.community()
    await app.rules(community.slug, { blockedTerms: ['idiot*'], reviewTerms: ['coupon'] })
    const author = await app.member(community.slug)
    for (let i = 0; i < 4; i++) await app.post(community.slug, author.token, text(`Recent post ${i}`))
    meter.reset()
    const res = await app.post(community.slug, author.token, text('Fifth post this minute'))
    expect(res.body.status).toBe('published')
    // Rate limits read at most (limit) index entries per window; the rest are point reads.
    expect(meter.rowsRead).toBeLessThanOrEqual(25)
    console.log(
      `[budget] post screened by moderation: ${meter.rowsRead} rows read, ${meter.statements} statements`,
    )
  })

  it('answers a queue page of 20 items in a fixed number of statements', async () => {
    const { db, meter } = meteredDb(env.DB)
    const app = moderationApp(undefined, { DB: db })
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    for (let m = 0; m < 5; m++) {
      const author = await app.member(community.slug)
      for (let i = 0; i < 5; i++) await app.post(community.slug, author.token, text(`Held post ${m}.${i}`))
    }
    meter.reset()
    const page = await app(`/v1/moderation/${community.slug}/queue?limit=20`, { token: moderator.token })
    expect(page.body.items).toHaveLength(20)
    expect(meter.statements).toBeLessThanOrEqual(8)
    expect(meter.rowsRead).toBeLessThanOrEqual(160)
    console.log(`[budget] queue page of 20: ${meter.rowsRead} rows read, ${meter.statements} statements`)
  })
})
