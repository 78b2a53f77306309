import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { findContent } from '../../../../worker/core/content/queries'
import { statusStatements } from '../../../../worker/core/content/service'
import { suppress, suppressPartition } from '../../../../worker/plugins/experiences/summary'
import { createCommunity, joinOpen } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, report } from './helpers'

const { call, services } = experiencesApp()

async function reports(slug: string, answers: Record<string, unknown>[]) {
  const ids: string[] = []
  for (const a of answers) {
    const member = await joinOpen(slug)
    ids.push((await report(call, slug, member.token, drugAnswers(a))).id)
  }
  return ids
}

const field = (summary: any, id: string) => summary.fields.find((f: { id: string }) => f.id === id)
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value)

describe('small-cell suppression rules', () => {
  it('shows counts of zero and of at least k, and hides the ones in between', () => {
    expect([0, 1, 4, 5, 40].map((n) => suppress(n, 5))).toEqual([0, null, null, 5, 40])
  })

  it('leaves a breakdown alone when no cell is small', () => {
    expect(suppressPartition([0, 5, 9, 0, 12], 5)).toEqual([0, 5, 9, 0, 12])
  })

  it('hides a second cell so a single hidden one cannot be recovered from the total', () => {
    expect(suppressPartition([3, 0, 7, 9, 20], 5)).toEqual([null, 0, null, 9, 20])
  })

  it('keeps hiding the smallest cells until the hidden ones hold at least k reports', () => {
    expect(suppressPartition([1, 1, 6, 30], 5)).toEqual([null, null, null, 30])
    expect(suppressPartition([2, 3, 30], 5)).toEqual([null, null, 30])
  })

  it('hides the whole breakdown when nothing else can cover a small cell', () => {
    expect(suppressPartition([2, 0, 0], 5)).toEqual([null, null, null])
  })
})

describe('the product-page summary', () => {
  it('hides everything, the count included, below the minimum group size', async () => {
    const { slug } = await createCommunity()
    await reports(slug, times(4, { overall: 5 }))
    const res = await call(`/v1/experiences/${slug}/summary`)
    expect(res.status).toBe(200)
    expect(res.body.minGroupSize).toBe(5)
    expect(res.body.count).toBeNull()
    expect(res.body.rating).toEqual({ fieldId: 'overall', average: null, answered: null })
    expect(field(res.body, 'overall').distribution.map((d: any) => d.count)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
    await reports(slug, [{ overall: 5 }])
    const five = await call(`/v1/experiences/${slug}/summary`)
    expect(five.body.count).toBe(5)
    expect(field(five.body, 'overall').distribution.map((d: any) => d.count)).toEqual([0, 0, 0, 0, 5])
  })

  it('counts ratings, NPS, side effects with severity, channels and materials, hiding small cells', async () => {
    const { slug } = await createCommunity()
    await reports(slug, [
      ...times(6, {
        overall: 5,
        recommend: 10,
        channel: 'pharmacy',
        side_effects: [{ effect: 'oily_spotting', severity: 'mild' }],
        materials: [{ option: 'meal_planner', rating: 5 }],
      }),
      ...times(4, {
        overall: 4,
        recommend: 8,
        channel: 'online',
        side_effects: [
          { effect: 'oily_spotting', severity: 'moderate' },
          { effect: 'urgency', severity: 'moderate' },
        ],
        materials: [{ option: 'meal_planner', rating: 3 }],
      }),
      ...times(2, { overall: 1, recommend: 2, channel: 'supermarket', side_effects: [], materials: [] }),
    ])
    const s = (await call(`/v1/experiences/${slug}/summary`)).body
    expect(s.count).toBe(12)
    expect(s.rating).toEqual({ fieldId: 'overall', average: 4, answered: 12 })
    // 1★ (2) and 4★ (4) are small: both hidden, together they hold 6 ≥ 5.
    expect(field(s, 'overall').distribution).toEqual([
      { value: 1, count: null },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: null },
      { value: 5, count: 6 },
    ])
    expect(field(s, 'recommend')).toMatchObject({
      answered: 12,
      score: Math.round(((6 - 2) / 12) * 100),
      promoters: 6,
      passives: null,
      detractors: null,
    })
    const effects = field(s, 'side_effects')
    expect([effects.answered, effects.none, effects.any]).toEqual([12, null, null])
    expect(effects.effects.find((e: any) => e.id === 'oily_spotting')).toEqual({
      id: 'oily_spotting',
      label: 'Oily spotting',
      count: 10,
      // 4 moderate is small; hiding only it would leave it as 10 - 6, so mild is hidden too.
      severity: { mild: null, moderate: null, severe: 0 },
    })
    expect(effects.effects.find((e: any) => e.id === 'urgency')).toEqual({
      id: 'urgency',
      label: 'Urgent need to go to the bathroom',
      count: null,
      severity: { mild: null, moderate: null, severe: null },
    })
    expect(field(s, 'channel').options).toEqual([
      { id: 'pharmacy', label: 'Pharmacy counter', count: 6 },
      { id: 'supermarket', label: 'Supermarket or big-box store', count: null },
      { id: 'online', label: 'Online store', count: null },
      { id: 'launch_pack', label: 'Launch program pack', count: 0 },
      { id: 'other', label: 'Somewhere else', count: 0 },
    ])
    expect(field(s, 'materials').options.find((o: any) => o.id === 'meal_planner')).toEqual({
      id: 'meal_planner',
      label: 'Low-fat meal planner',
      count: 10,
      averageRating: 4.2,
    })
    const spanish = (await call(`/v1/experiences/${slug}/summary?locale=es`)).body
    expect(field(spanish, 'channel').options[0].label).toBe('Mostrador de farmacia')
  })

  it('uses the minimum group size of the plugin options', async () => {
    const small = experiencesApp({ minGroupSize: 3 })
    const { slug } = await createCommunity()
    for (let i = 0; i < 3; i++) {
      const member = await joinOpen(slug)
      await report(small.call, slug, member.token, drugAnswers({ overall: 3 }))
    }
    const s = (await small.call(`/v1/experiences/${slug}/summary`)).body
    expect([s.minGroupSize, s.count, s.rating.average]).toEqual([3, 3, 3])
  })

  it('counts a held report once a moderator publishes it, and stops counting it when removed', async () => {
    const { id: communityId, slug } = await createCommunity({ moderation: { mode: 'pre' } })
    const ids = await reports(slug, times(5, { overall: 2 }))
    expect((await call(`/v1/experiences/${slug}/summary`)).body.count).toBe(0)
    for (const id of ids) {
      const content = (await findContent(env.DB, communityId, id))!
      await env.DB.batch(statusStatements(services, content, 'published'))
    }
    const published = (await call(`/v1/experiences/${slug}/summary`)).body
    expect([published.count, published.rating.average]).toEqual([5, 2])
    expect((await call(`/v1/experiences/${slug}/reports`)).body.reports).toHaveLength(5)
    const first = (await findContent(env.DB, communityId, ids[0]!))!
    await env.DB.batch(statusStatements(services, first, 'published'))
    expect((await call(`/v1/experiences/${slug}/summary`)).body.count).toBe(5)
    await env.DB.batch(statusStatements(services, first, 'removed', 'off_topic'))
    expect((await call(`/v1/experiences/${slug}/summary`)).body.count).toBeNull()
    expect((await call(`/v1/experiences/${slug}/reports`)).body.reports).toHaveLength(4)
  })

  it('follows an edit: the old answers leave the counts and the new ones enter', async () => {
    const { slug } = await createCommunity()
    const members = await Promise.all(times(5, 0).map(() => joinOpen(slug)))
    const ids: string[] = []
    for (const m of members) ids.push((await report(call, slug, m.token, drugAnswers({ overall: 3 }))).id)
    const edit = await call(`/v1/experiences/${slug}/reports/${ids[0]}`, {
      method: 'PATCH',
      token: members[0]!.token,
      body: { answers: drugAnswers({ overall: 5 }) },
    })
    expect(edit.status).toBe(200)
    const s = (await call(`/v1/experiences/${slug}/summary`)).body
    expect(s.count).toBe(5)
    expect(s.rating.average).toBe(3.4)
    expect(field(s, 'overall').distribution.map((d: any) => d.count)).toEqual([0, 0, null, 0, null])
  })

  it('drops a deleted account’s reports from the feed and the counts, under a new name', async () => {
    const { slug } = await createCommunity()
    await reports(slug, times(5, { overall: 4 }))
    const leaving = await joinOpen(slug, 'Leaving Lark')
    const gone = await report(call, slug, leaving.token, drugAnswers({ overall: 1, story: 'My own words.' }))
    expect((await call(`/v1/experiences/${slug}/summary`)).body.count).toBe(6)
    expect((await call(`/v1/members/${slug}/me`, { method: 'DELETE', token: leaving.token })).status).toBe(
      204,
    )
    expect((await call(`/v1/experiences/${slug}/summary`)).body.count).toBe(5)
    const feed = await call(`/v1/experiences/${slug}/reports`)
    expect(feed.body.reports.map((r: { id: string }) => r.id)).not.toContain(gone.id)
    const row = await env.DB.prepare(
      'SELECT author_pseudonym, texts, status FROM experiences_reports WHERE id = ?1',
    )
      .bind(gone.id)
      .first<{ author_pseudonym: string; texts: string; status: string }>()
    expect(row).toEqual({
      author_pseudonym: expect.stringMatching(/^Deleted member /),
      texts: '{}',
      status: 'removed',
    })
  })
})
