import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../../../../worker/core/time'
import { ADMIN_TOKEN, api, staffMember } from '../../../helpers/api'
import { joinMember, safetyCommunity } from './fixtures'
import { safetyApp } from './posts-app'

const clock = { now: Date.parse('2026-04-01T09:00:00.000Z') }
const app = safetyApp(clock)

async function setup() {
  const community = await safetyCommunity()
  const author = await joinMember(app, community.slug, { email: 'reporter@example.com' })
  const safety = await staffMember(community.slug, ['safety'])
  return { community, author, safety }
}

async function post(slug: string, token: string, body: string, locale = 'en') {
  const res = await app(`/v1/posts/${slug}`, { body: { body, locale }, token })
  expect(res.status).toBe(201)
  return res.body as {
    id: string
    status: string
    statusReason: string | null
    fields: Record<string, string>
    flags: string[]
    reasons: any[]
  }
}

async function cases(slug: string, token: string, query = '') {
  const res = await app(`/v1/safety/${slug}/cases${query}`, { token })
  expect(res.status).toBe(200)
  return res.body.cases as any[]
}

describe('opening a safety case', () => {
  it('opens a case in the same batch as the post, with the verbatim text, the four elements and the clock', async () => {
    const { community, author, safety } = await setup()
    clock.now += 1000
    const text = 'Since I started Trimly I have had diarrhea and cramps. Call me at 555-123-4567.'
    const stored = await post(community.slug, author.token, text)
    expect(stored.status).toBe('published')
    expect(stored.fields.body).toBe(
      'Since I started Trimly I have had diarrhea and cramps. Call me at [phone removed].',
    )
    expect(stored.flags).toEqual(['pii_redacted', 'pii_redacted:phone', 'safety_case', 'possible_ae'])
    expect(stored.reasons.at(-1)).toMatchObject({
      hook: 'safety.screen',
      verdict: 'publish',
      code: 'possible_adverse_event',
    })

    const [summary] = await cases(community.slug, safety.token)
    expect(summary).toMatchObject({
      number: 1,
      kind: 'adverse_event',
      status: 'new',
      possiblySerious: false,
      events: ['diarrhoea', 'abdominal pain'],
      complete: true,
      content: { type: 'post', id: stored.id },
      postedAt: new Date(clock.now).toISOString(),
      receivedAt: new Date(clock.now).toISOString(),
      dueAt: new Date(clock.now + 90 * DAY_MS).toISOString(),
      overdue: false,
    })
    const detail = await app(`/v1/safety/${community.slug}/cases/${summary.id}`, { token: safety.token })
    expect(detail.status).toBe(200)
    expect(detail.body.text).toEqual({ body: text })
    expect(detail.body.content).toEqual({
      type: 'post',
      id: stored.id,
      version: 1,
      link: `/posts/${community.slug}/${stored.id}`,
      status: 'published',
    })
    expect(detail.body.elements).toEqual({
      patient: { present: true, evidence: 'The author describes their own experience (first person).' },
      reporter: {
        present: true,
        evidence: `Member ${author.member.pseudonym} (${author.member.id}); private contact on file: email.`,
      },
      product: {
        present: true,
        evidence: 'Named in the post ("Trimly"); the community\'s product is Trimly 60 mg.',
      },
      event: { present: true, evidence: 'diarrhoea ("diarrhea"); abdominal pain ("cramps")' },
    })
    expect(detail.body.reporter).toEqual({
      memberId: author.member.id,
      pseudonym: author.member.pseudonym,
      email: 'reporter@example.com',
      displayName: null,
      ssoSubject: null,
      contactInPost: ['phone'],
    })
    expect(detail.body.history).toEqual([
      expect.objectContaining({ seq: 1, action: 'opened', toStatus: 'new', actorId: 'system' }),
    ])
  })

  it('gives a possibly serious case 15 days and holds the post for safety review', async () => {
    const { community, author, safety } = await setup()
    const stored = await post(
      community.slug,
      author.token,
      'I ended up in the ER with severe abdominal pain and yellow eyes.',
    )
    expect(stored.status).toBe('pending')
    expect(stored.statusReason).toBe('safety_review')
    const [summary] = await cases(community.slug, safety.token)
    expect(summary).toMatchObject({
      possiblySerious: true,
      seriousness: ['medically_important'],
      dueAt: new Date(clock.now + 15 * DAY_MS).toISOString(),
    })
  })

  it('uses the community settings for due dates and the hold rule, audited', async () => {
    const { community, author, safety } = await setup()
    const put = await app(`/v1/safety/${community.slug}/settings`, {
      method: 'PUT',
      body: { seriousDays: 7, nonSeriousDays: 30, complaintDays: 5, holdSerious: false },
      token: ADMIN_TOKEN,
    })
    expect(put.status).toBe(200)
    const serious = await post(
      community.slug,
      author.token,
      'My throat was closing up, they kept me overnight in hospital.',
    )
    expect(serious.status).toBe('published')
    clock.now += 1000
    await post(community.slug, author.token, 'The capsules were cracked and the seal was torn.')
    const list = await cases(community.slug, safety.token, '?sort=received')
    expect(
      list.map((c) => [c.kind, c.possiblySerious, (Date.parse(c.dueAt) - Date.parse(c.receivedAt)) / DAY_MS]),
    ).toEqual([
      ['product_complaint', false, 5],
      ['adverse_event', true, 7],
    ])
    const tooLong = await app(`/v1/safety/${community.slug}/settings`, {
      method: 'PUT',
      body: { seriousDays: 30, nonSeriousDays: 30, complaintDays: 5, holdSerious: false },
      token: ADMIN_TOKEN,
    })
    expect(tooLong.status).toBe(422)
    const log = await api(`/v1/audit/${community.slug}?action=safety.settings`, { token: ADMIN_TOKEN })
    expect(log.body.entries[0].after).toEqual({
      seriousDays: 7,
      nonSeriousDays: 30,
      complaintDays: 5,
      holdSerious: false,
    })
  })

  it('screens the verbatim original, not the redacted text', async () => {
    const { community, author, safety } = await setup()
    // "Dr. Patel" is redacted publicly; the case keeps it and the event words.
    await post(community.slug, author.token, 'Dr. Patel says my jaundice could be from Trimly.')
    const [summary] = await cases(community.slug, safety.token)
    const detail = await app(`/v1/safety/${community.slug}/cases/${summary.id}`, { token: safety.token })
    expect(detail.body.text.body).toBe('Dr. Patel says my jaundice could be from Trimly.')
    expect(detail.body.detection.events[0]).toMatchObject({ term: 'jaundice', matched: 'jaundice' })
  })

  it('opens a Spanish complaint case and a case for a third party', async () => {
    const { community, author, safety } = await setup()
    await post(community.slug, author.token, 'Las cápsulas venían rotas y el sello estaba abierto.', 'es')
    clock.now += 1000
    await post(community.slug, author.token, 'My wife had terrible cramps after her first dose.')
    const [third, complaint] = await cases(community.slug, safety.token, '?sort=received')
    expect(complaint).toMatchObject({
      kind: 'product_complaint',
      complaints: ['damaged dosage form', 'damaged or open packaging'],
      complete: false,
    })
    const detail = await app(`/v1/safety/${community.slug}/cases/${third.id}`, { token: safety.token })
    expect(detail.body.elements.patient).toEqual({
      present: true,
      evidence: 'A third party described by the author: "My wife" (sex female).',
    })
    expect(detail.body.detection.patient).toMatchObject({ who: 'third_party', relation: 'wife' })
  })

  it('opens no case for a harmless post, a hypothetical, or staff writing as the company', async () => {
    const { community, author, safety } = await setup()
    await post(community.slug, author.token, 'No side effects at all, down 6 lbs!')
    await post(community.slug, author.token, "I'm worried it could cause liver damage.")
    const expert = await staffMember(community.slug, ['expert'])
    await post(
      community.slug,
      expert.token,
      'If you have severe abdominal pain or yellow eyes, stop and see a doctor.',
    )
    expect(await cases(community.slug, safety.token)).toEqual([])
  })

  it('records an edit as follow-up information on the same case and shortens the clock if it turns serious', async () => {
    const { community, author, safety } = await setup()
    const first = await post(community.slug, author.token, 'Some cramps since I started.')
    const [before] = await cases(community.slug, safety.token)
    clock.now += 2 * DAY_MS
    const edit = await app(`/v1/posts/${community.slug}/${first.id}`, {
      method: 'PUT',
      body: { body: 'Some cramps since I started. Update: I was admitted to the hospital last night.' },
      token: author.token,
    })
    expect(edit.body).toMatchObject({ status: 'pending', statusReason: 'safety_review' })
    const after = await cases(community.slug, safety.token)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({
      id: before.id,
      possiblySerious: true,
      seriousness: ['hospitalization'],
      receivedAt: before.receivedAt,
      dueAt: new Date(clock.now + 15 * DAY_MS).toISOString(),
    })
    const detail = await app(`/v1/safety/${community.slug}/cases/${before.id}`, { token: safety.token })
    expect(detail.body.history.map((h: any) => [h.seq, h.action, h.actorId])).toEqual([
      [1, 'opened', 'system'],
      [2, 'follow_up', author.member.id],
    ])
    expect(detail.body.history[1].data).toEqual({
      text: { body: 'Some cramps since I started. Update: I was admitted to the hospital last night.' },
      newTerms: ['hospitalization'],
      escalated: true,
    })
    // The case keeps the text that opened it; the edit is in the history.
    expect(detail.body.text.body).toBe('Some cramps since I started.')
  })
})

describe('a case outlives the post and the account', () => {
  it('keeps the case, its verbatim text and the reporter contact after the member deletes their account', async () => {
    const { community, author, safety } = await setup()
    const stored = await post(community.slug, author.token, 'I fainted at work after my dose.')
    const deleted = await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token: author.token })
    expect(deleted.status).toBe(204)
    const [summary] = await cases(community.slug, safety.token)
    const detail = await app(`/v1/safety/${community.slug}/cases/${summary.id}`, { token: safety.token })
    expect(detail.body).toMatchObject({
      text: { body: 'I fainted at work after my dose.' },
      content: { id: stored.id, status: 'removed' },
      reporter: { memberId: author.member.id, email: 'reporter@example.com' },
      possiblySerious: true,
    })
    // The public copy and the core history are gone; only the restricted case holds the text.
    const row = await env.DB.prepare('SELECT original FROM content_versions WHERE content_id = ?1')
      .bind(stored.id)
      .first<{ original: string }>()
    expect(row?.original).toBe('{}')
  })

  it('refuses to delete a case even at the database level', async () => {
    const { community, author, safety } = await setup()
    await post(community.slug, author.token, 'Terrible headaches since I started.')
    const [summary] = await cases(community.slug, safety.token)
    await expect(
      env.DB.prepare('DELETE FROM safety_cases WHERE id = ?1').bind(summary.id).run(),
    ).rejects.toThrow(/retained/)
  })
})

describe('tenancy', () => {
  it('never shows one community the cases of another', async () => {
    const { community, author } = await setup()
    await post(community.slug, author.token, 'Terrible headaches since I started.')
    const other = await safetyCommunity()
    const otherSafety = await staffMember(other.slug, ['safety'])
    expect(await cases(other.slug, otherSafety.token)).toEqual([])
    const ownSafety = await staffMember(community.slug, ['safety'])
    const [summary] = await cases(community.slug, ownSafety.token)
    const res = await app(`/v1/safety/${other.slug}/cases/${summary.id}`, { token: otherSafety.token })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('safety_case_not_found')
  })
})
