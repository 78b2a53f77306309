import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, report, submit } from './helpers'

const DAY = 86_400_000
const { call, advance } = experiencesApp()

async function count(table: string, where: string, value: string) {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where} = ?1`)
    .bind(value)
    .first<{ n: number }>()
  return row?.n ?? 0
}

describe('submitting with an Idempotency-Key', () => {
  it('turns ten identical retries into one report and replays the first answer', async () => {
    const { id: communityId, slug } = await createCommunity()
    const member = await joinOpen(slug)
    const answers = drugAnswers({ story: 'Posted from a train with a flaky connection.' })
    const headers = { 'Idempotency-Key': 'retry-key-0001' }
    const answersSeen = []
    for (let i = 0; i < 10; i++)
      answersSeen.push(await submit(call, slug, member.token, answers, { headers }))
    expect(answersSeen.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(new Set(answersSeen.map((r) => r.body.id)).size).toBe(1)
    expect(answersSeen[0]!.headers.get('idempotent-replayed')).toBeNull()
    expect(answersSeen[9]!.headers.get('idempotent-replayed')).toBe('true')
    expect(answersSeen[9]!.body).toEqual(answersSeen[0]!.body)
    expect(await count('experiences_reports', 'community_id', communityId)).toBe(1)
    expect(await count('content', 'community_id', communityId)).toBe(1)
  })

  it('refuses the same key with different answers', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const headers = { 'Idempotency-Key': 'retry-key-0002' }
    expect((await submit(call, slug, member.token, drugAnswers(), { headers })).status).toBe(201)
    const other = await submit(call, slug, member.token, drugAnswers({ overall: 1 }), { headers })
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe('idempotency_key_reused')
  })
})

describe('through the real worker', () => {
  it('sends every piece of free text through the pipeline under its answer path, and keeps the structure', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const res = await api(`/v1/experiences/${slug}/reports`, {
      token: member.token,
      body: {
        answers: drugAnswers({
          side_effects: [
            { effect: 'other', severity: 'moderate', text: `Dizzy spells ${crypto.randomUUID()}` },
          ],
          title: `Mixed first month ${crypto.randomUUID()}`,
          story: `Every plugin of the real worker screens this text ${crypto.randomUUID()}.`,
        }),
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(['published', 'pending']).toContain(res.body.status)
    const safety = await staffMember(slug, ['safety'])
    const versions = await api(`/v1/experiences/${slug}/reports/${res.body.id}/versions`, {
      token: safety.token,
    })
    const [first] = versions.body.versions
    expect(Object.keys(first.original).sort()).toEqual([
      'answers.side_effects.other',
      'answers.story',
      'answers.title',
    ])
    expect(first.data.formVersion).toBe(1)
    expect(first.data.answers.side_effects).toEqual([{ effect: 'other', severity: 'moderate' }])
    expect(first.data.sideEffects).toEqual([
      { field: 'side_effects', effect: 'other', label: 'Other', severity: 'moderate' },
    ])
  })
})

describe('who may report', () => {
  it('refuses a report from someone acting for the company', async () => {
    const { slug } = await createCommunity()
    const expert = await staffMember(slug, ['expert'])
    const res = await submit(call, slug, expert.token, drugAnswers())
    expect(res.status).toBe(403)
    expect(res.body.error).toEqual({
      code: 'experiences_staff_cannot_report',
      message: 'People who act for the company cannot post experience reports.',
      details: { roles: ['expert'] },
    })
  })

  it('shows the author pseudonym and labelled disclosure badges on the report', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug, 'Invited Heron')
    await call(`/v1/members/${slug}/${member.member.id}/access`, {
      method: 'PUT',
      token: ADMIN_TOKEN,
      body: { roles: [], badges: ['invited', 'free_product'] },
    })
    await report(call, slug, member.token, drugAnswers())
    const feed = await call(`/v1/experiences/${slug}/reports?locale=es`)
    expect(feed.body.reports[0].author).toEqual({
      id: member.member.id,
      pseudonym: 'Invited Heron',
      badges: [
        { code: 'invited', label: 'Participante invitado/a' },
        { code: 'free_product', label: 'Recibió el producto sin costo' },
      ],
    })
  })
})

describe('editing and withdrawing', () => {
  it('keeps every version of an edited report and marks the public view edited', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const first = await report(
      call,
      slug,
      member.token,
      drugAnswers({ overall: 2, story: 'Rough first week.' }),
    )
    advance(DAY)
    const edit = await call(`/v1/experiences/${slug}/reports/${first.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { answers: drugAnswers({ overall: 4, story: 'Rough first week, much better since.' }) },
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    expect(edit.body.rating).toBe(4)
    expect(edit.body.edited.by).toBe('author')
    const feed = await call(`/v1/experiences/${slug}/reports`)
    expect(feed.body.reports).toHaveLength(1)
    expect(feed.body.reports[0].edited).toEqual(edit.body.edited)
    expect(feed.body.reports[0].answers.at(-1).value).toBe('Rough first week, much better since.')

    const moderator = await staffMember(slug, ['moderator'])
    const versions = await call(`/v1/experiences/${slug}/reports/${first.id}/versions`, {
      token: moderator.token,
    })
    expect(versions.status).toBe(200)
    expect(
      versions.body.versions.map((v: any) => [v.version, v.editorKind, v.original['answers.story']]),
    ).toEqual([
      [1, 'author', 'Rough first week.'],
      [2, 'author', 'Rough first week, much better since.'],
    ])
    expect(versions.body.versions.map((v: any) => v.data.answers.overall)).toEqual([2, 4])
  })

  it('refuses an edit after the edit window', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const first = await report(call, slug, member.token, drugAnswers())
    advance(7 * DAY + 60_000)
    const edit = await call(`/v1/experiences/${slug}/reports/${first.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { answers: drugAnswers({ overall: 1 }) },
    })
    expect(edit.status).toBe(409)
    expect(edit.body.error.code).toBe('experiences_edit_window_closed')
    expect(edit.body.error.details).toEqual({ editableUntil: first.editableUntil })
  })

  it('uses the edit window of the plugin options', async () => {
    const short = experiencesApp({ editWindowDays: 1 })
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const first = await report(short.call, slug, member.token, drugAnswers())
    expect(Date.parse(first.editableUntil) - Date.parse(first.createdAt)).toBe(DAY)
  })

  it('withdraws a report: gone from the feed and the summary, kept for the record, idempotent', async () => {
    const { slug } = await createCommunity()
    const member = await joinOpen(slug)
    const first = await report(call, slug, member.token, drugAnswers())
    const res = await call(`/v1/experiences/${slug}/reports/${first.id}/withdraw`, {
      method: 'POST',
      token: member.token,
    })
    expect(res.status).toBe(200)
    expect([res.body.status, res.body.statusReason, res.body.editableUntil]).toEqual([
      'withdrawn',
      'withdrawn_by_author',
      null,
    ])
    const again = await call(`/v1/experiences/${slug}/reports/${first.id}/withdraw`, {
      method: 'POST',
      token: member.token,
    })
    expect(again.status).toBe(200)
    expect((await call(`/v1/experiences/${slug}/reports`)).body.reports).toEqual([])
    expect((await call(`/v1/experiences/${slug}/reports/${first.id}`)).status).toBe(404)
    const mine = await call(`/v1/experiences/${slug}/reports/mine`, { token: member.token })
    expect(mine.body.reports.map((r: any) => [r.id, r.status])).toEqual([[first.id, 'withdrawn']])
    const tally = await env.DB.prepare(
      `SELECT n FROM experiences_tallies t JOIN communities c ON c.id = t.community_id
       WHERE c.slug = ?1 AND field_id = '_' AND key = 'reports'`,
    )
      .bind(slug)
      .first<{ n: number }>()
    expect(tally?.n).toBe(0)
    const edit = await call(`/v1/experiences/${slug}/reports/${first.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { answers: drugAnswers() },
    })
    expect(edit.status).toBe(409)
    expect(edit.body.error.code).toBe('experiences_not_editable')
  })

  it('lets nobody but the author edit or withdraw a report', async () => {
    const { slug } = await createCommunity()
    const author = await joinOpen(slug)
    const other = await joinOpen(slug)
    const moderator = await staffMember(slug, ['moderator'])
    const first = await report(call, slug, author.token, drugAnswers())
    for (const token of [other.token, moderator.token]) {
      const edit = await call(`/v1/experiences/${slug}/reports/${first.id}`, {
        method: 'PATCH',
        token,
        body: { answers: drugAnswers({ overall: 1 }) },
      })
      expect(edit.status).toBe(403)
      expect(edit.body.error.code).toBe('not_owner')
      const withdraw = await call(`/v1/experiences/${slug}/reports/${first.id}/withdraw`, {
        method: 'POST',
        token,
      })
      expect(withdraw.status).toBe(403)
      expect(withdraw.body.error.code).toBe('not_owner')
    }
    const feed = await call(`/v1/experiences/${slug}/reports`)
    expect(feed.body.reports.map((r: any) => [r.id, r.rating, r.edited])).toEqual([[first.id, 4, null]])
  })

  it('answers 404 for a report of another community, even to its author', async () => {
    const a = await createCommunity()
    const b = await createCommunity()
    const author = await joinOpen(a.slug)
    const first = await report(call, a.slug, author.token, drugAnswers())
    const stranger = await joinOpen(b.slug)
    const edit = await call(`/v1/experiences/${b.slug}/reports/${first.id}`, {
      method: 'PATCH',
      token: stranger.token,
      body: { answers: drugAnswers() },
    })
    expect(edit.status).toBe(404)
    expect(edit.body.error.code).toBe('experiences_report_not_found')
    expect((await call(`/v1/experiences/${b.slug}/reports/${first.id}`)).status).toBe(404)
  })
})

describe('helpful marks', () => {
  it('counts one mark per member however often they press it, and lets them take it back', async () => {
    const { slug } = await createCommunity()
    const author = await joinOpen(slug)
    const reader = await joinOpen(slug)
    const first = await report(call, slug, author.token, drugAnswers())
    const path = `/v1/experiences/${slug}/reports/${first.id}/helpful`
    const one = await call(path, { method: 'POST', token: reader.token })
    const two = await call(path, { method: 'POST', token: reader.token })
    expect([one.status, two.status]).toEqual([200, 200])
    expect(two.body).toEqual({ reportId: first.id, helpedByMe: true, helpfulCount: 1 })
    const seen = await call(`/v1/experiences/${slug}/reports`, { token: reader.token })
    expect([seen.body.reports[0].helpfulCount, seen.body.reports[0].helpedByMe]).toEqual([1, true])
    const guest = await call(`/v1/experiences/${slug}/reports`)
    expect(guest.body.reports[0].helpedByMe).toBeNull()
    const undo = await call(path, { method: 'DELETE', token: reader.token })
    expect(undo.body).toEqual({ reportId: first.id, helpedByMe: false, helpfulCount: 0 })
  })

  it('refuses a mark on your own report and on a report that is not published', async () => {
    const { slug } = await createCommunity({ moderation: { mode: 'pre' } })
    const author = await joinOpen(slug)
    const reader = await joinOpen(slug)
    const held = await report(call, slug, author.token, drugAnswers())
    expect(held.status).toBe('pending')
    const own = await call(`/v1/experiences/${slug}/reports/${held.id}/helpful`, {
      method: 'POST',
      token: author.token,
    })
    expect(own.status).toBe(404)
    const pending = await call(`/v1/experiences/${slug}/reports/${held.id}/helpful`, {
      method: 'POST',
      token: reader.token,
    })
    expect(pending.status).toBe(404)
    expect(pending.body.error.code).toBe('experiences_report_not_found')

    const open = (await createCommunity()).slug
    const writer = await joinOpen(open)
    const published = await report(call, open, writer.token, drugAnswers())
    const self = await call(`/v1/experiences/${open}/reports/${published.id}/helpful`, {
      method: 'POST',
      token: writer.token,
    })
    expect(self.status).toBe(403)
    expect(self.body.error.code).toBe('experiences_own_report')
  })
})
