import { describe, expect, it } from 'vitest'
import { createCommunity, joinOpen, staffMember } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, report } from './helpers'

const { call } = experiencesApp()

/** `n` reports by `n` different members, each with the given answer overrides. */
async function many(slug: string, n: number, answers: (i: number) => Record<string, unknown> = () => ({})) {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const member = await joinOpen(slug)
    ids.push((await report(call, slug, member.token, drugAnswers(answers(i)))).id)
  }
  return ids
}

const idsOf = (res: { body: { reports: { id: string }[] } }) => res.body.reports.map((r) => r.id)

describe('the public feed', () => {
  it('pages newest first without gaps or repeats while new reports arrive', async () => {
    const { slug } = await createCommunity()
    const existing = await many(slug, 25)
    const page1 = await call(`/v1/experiences/${slug}/reports?limit=10`)
    expect(page1.body.reports).toHaveLength(10)
    const arrived = await many(slug, 5)
    const page2 = await call(`/v1/experiences/${slug}/reports?limit=10&cursor=${page1.body.next}`)
    await many(slug, 2)
    const page3 = await call(`/v1/experiences/${slug}/reports?limit=10&cursor=${page2.body.next}`)
    expect(page3.body.next).toBeNull()
    const seen = [...idsOf(page1), ...idsOf(page2), ...idsOf(page3)]
    expect(seen).toEqual([...existing].reverse())
    const fresh = await call(`/v1/experiences/${slug}/reports?limit=5`)
    expect(idsOf(fresh).slice(2)).toEqual([...arrived].reverse().slice(0, 3))
  })

  it('orders by helpful marks, then newest, across pages', async () => {
    const { slug } = await createCommunity()
    const [a, b, c, d] = await many(slug, 4)
    const mark = async (id: string) => {
      const reader = await joinOpen(slug)
      await call(`/v1/experiences/${slug}/reports/${id}/helpful`, { method: 'POST', token: reader.token })
    }
    await mark(b!)
    await mark(b!)
    await mark(c!)
    const seen: string[] = []
    let cursor = ''
    for (let i = 0; i < 4; i++) {
      const page = await call(`/v1/experiences/${slug}/reports?sort=helpful&limit=1${cursor}`)
      seen.push(...idsOf(page))
      cursor = page.body.next ? `&cursor=${page.body.next}` : ''
    }
    expect(seen).toEqual([b, c, d, a])
    expect(cursor).toBe('')
  })

  it('filters by star rating and by time on product', async () => {
    const { slug } = await createCommunity()
    const ids = await many(slug, 6, (i) => ({
      overall: i % 2 === 0 ? 5 : 2,
      time_on_product: i < 3 ? { value: 2, unit: 'months' } : { value: 4, unit: 'days' },
    }))
    const fives = await call(`/v1/experiences/${slug}/reports?rating=5`)
    expect(idsOf(fives)).toEqual([ids[4], ids[2], ids[0]])
    expect(fives.body.reports.every((r: { rating: number }) => r.rating === 5)).toBe(true)
    const months = await call(`/v1/experiences/${slug}/reports?timeOnProduct=1_3_months`)
    expect(idsOf(months)).toEqual([ids[2], ids[1], ids[0]])
    const both = await call(`/v1/experiences/${slug}/reports?rating=2&timeOnProduct=under_1_week`)
    expect(idsOf(both)).toEqual([ids[5], ids[3]])
    const page = await call(`/v1/experiences/${slug}/reports?rating=5&limit=2`)
    const rest = await call(`/v1/experiences/${slug}/reports?rating=5&limit=2&cursor=${page.body.next}`)
    expect([...idsOf(page), ...idsOf(rest)]).toEqual([ids[4], ids[2], ids[0]])
  })

  it('answers a repeated request with 304 until something changes', async () => {
    const { slug } = await createCommunity()
    await many(slug, 1)
    const first = await call(`/v1/experiences/${slug}/reports`)
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^"[0-9a-f]+"$/)
    const again = await call(`/v1/experiences/${slug}/reports`, { headers: { 'If-None-Match': tag! } })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    await many(slug, 1)
    const changed = await call(`/v1/experiences/${slug}/reports`, { headers: { 'If-None-Match': tag! } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(tag)
    const summary = await call(`/v1/experiences/${slug}/summary`)
    const cached = await call(`/v1/experiences/${slug}/summary`, {
      headers: { 'If-None-Match': summary.headers.get('etag')! },
    })
    expect(cached.status).toBe(304)
  })

  it('never shows one community the reports of another', async () => {
    const a = (await createCommunity()).slug
    const b = (await createCommunity()).slug
    const inA = await many(a, 5, () => ({ overall: 1 }))
    const inB = await many(b, 1)
    expect(idsOf(await call(`/v1/experiences/${b}/reports`))).toEqual(inB)
    expect(idsOf(await call(`/v1/experiences/${a}/reports`))).toEqual([...inA].reverse())
    const summaryB = await call(`/v1/experiences/${b}/summary`)
    expect(summaryB.body.count).toBeNull()
    const summaryA = await call(`/v1/experiences/${a}/summary`)
    expect(summaryA.body.count).toBe(5)
    expect(summaryA.body.rating).toEqual({ fieldId: 'overall', average: 1, answered: 5 })
  })

  it('refuses a tampered cursor or one from another sort order with 400', async () => {
    const { slug } = await createCommunity()
    await many(slug, 2)
    const bad = await call(`/v1/experiences/${slug}/reports?cursor=not-a-cursor`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.fields[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' })
    const newest = await call(`/v1/experiences/${slug}/reports?limit=1`)
    const mixed = await call(`/v1/experiences/${slug}/reports?sort=helpful&cursor=${newest.body.next}`)
    expect(mixed.status).toBe(400)
  })
})

describe('held reports', () => {
  it('are listed to their author with the reason, and shown to reviewers, but not to the public', async () => {
    const { slug } = await createCommunity({ moderation: { mode: 'pre' } })
    const author = await joinOpen(slug)
    const held = await report(call, slug, author.token, drugAnswers({ story: 'First week notes.' }))
    expect([held.status, held.statusReason]).toEqual(['pending', 'premoderation'])
    expect((await call(`/v1/experiences/${slug}/reports`)).body.reports).toEqual([])
    const mine = await call(`/v1/experiences/${slug}/reports/mine`, { token: author.token })
    expect(mine.body.reports.map((r: any) => [r.id, r.status, r.statusReason])).toEqual([
      [held.id, 'pending', 'premoderation'],
    ])
    expect(mine.body.next).toBeNull()
    const own = await call(`/v1/experiences/${slug}/reports/${held.id}`, { token: author.token })
    expect([own.status, own.body.status]).toEqual([200, 'pending'])
    const stranger = await joinOpen(slug)
    expect((await call(`/v1/experiences/${slug}/reports/${held.id}`, { token: stranger.token })).status).toBe(
      404,
    )
    expect((await call(`/v1/experiences/${slug}/reports/${held.id}`)).status).toBe(404)
    const moderator = await staffMember(slug, ['moderator'])
    const seen = await call(`/v1/experiences/${slug}/reports/${held.id}`, { token: moderator.token })
    expect([seen.status, seen.body.status, seen.body.statusReason]).toEqual([200, 'pending', 'premoderation'])
  })

  it('shows non-public answers to the author but never in the public view', async () => {
    const { slug } = await createCommunity()
    const author = await joinOpen(slug)
    const mine = await report(call, slug, author.token, drugAnswers({ channel: 'online' }))
    expect(mine.answers.some((a: { id: string }) => a.id === 'channel')).toBe(true)
    const pub = await call(`/v1/experiences/${slug}/reports/${mine.id}`)
    expect(pub.status).toBe(200)
    expect(pub.body.status).toBeUndefined()
    expect(pub.body.answers.some((a: { id: string }) => a.id === 'channel')).toBe(false)
    const feed = await call(`/v1/experiences/${slug}/reports`)
    expect(feed.body.reports[0].answers.some((a: { id: string }) => a.id === 'channel')).toBe(false)
  })
})
