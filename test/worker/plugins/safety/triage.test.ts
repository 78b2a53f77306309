import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../../../../worker/core/time'
import { ADMIN_TOKEN, api, staffMember } from '../../../helpers/api'
import { joinMember, safetyCommunity } from './fixtures'
import { safetyApp } from './posts-app'

const clock = { now: Date.parse('2026-04-10T08:00:00.000Z') }
const app = safetyApp(clock)

async function setup() {
  const community = await safetyCommunity()
  const author = await joinMember(app, community.slug, { email: 'pat@example.com' })
  const safety = await staffMember(community.slug, ['safety'])
  return { community, author, safety }
}

async function openCase(slug: string, token: string, body: string) {
  const res = await app(`/v1/posts/${slug}`, { body: { body }, token })
  expect(res.status).toBe(201)
  clock.now += 1000
  return res.body.id as string
}

async function caseIds(slug: string, token: string, query = '') {
  const res = await app(`/v1/safety/${slug}/cases${query}`, { token })
  expect(res.status).toBe(200)
  return res.body
}

function move(slug: string, caseId: string, token: string, body: Record<string, unknown>) {
  return app(`/v1/safety/${slug}/cases/${caseId}/status`, { body, token })
}

describe('triage', () => {
  it('walks new → reportable → reported, keeping each step in the history and the audit log', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Since I started Trimly I have terrible diarrhea.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    clock.now += 3 * 3_600_000
    const reportable = await move(community.slug, c.id, safety.token, {
      status: 'reportable',
      note: 'All four elements.',
      version: 1,
    })
    expect(reportable.status).toBe(200)
    expect(reportable.body).toMatchObject({
      status: 'reportable',
      version: 2,
      triagedAt: new Date(clock.now).toISOString(),
      closedAt: null,
    })
    clock.now += 3_600_000
    const reported = await move(community.slug, c.id, safety.token, {
      status: 'reported',
      regulator: 'FDA FAERS',
      reference: 'FAERS-2026-0042',
    })
    expect(reported.body).toMatchObject({
      status: 'reported',
      version: 3,
      regulator: 'FDA FAERS',
      reference: 'FAERS-2026-0042',
      reportedAt: new Date(clock.now).toISOString(),
      closedAt: new Date(clock.now).toISOString(),
    })
    expect(
      reported.body.history.map((h: any) => [h.seq, h.action, h.fromStatus, h.toStatus, h.note, h.actorId]),
    ).toEqual([
      [1, 'opened', null, 'new', null, 'system'],
      [2, 'status', 'new', 'reportable', 'All four elements.', safety.member.id],
      [3, 'status', 'reportable', 'reported', null, safety.member.id],
    ])
    const log = await api(`/v1/audit/${community.slug}?action=safety.case.status`, { token: ADMIN_TOKEN })
    expect(log.body.entries.map((e: any) => [e.actorId, e.targetId, e.before, e.after])).toEqual([
      [
        safety.member.id,
        c.id,
        { status: 'reportable', version: 2 },
        { status: 'reported', version: 3, note: null, regulator: 'FDA FAERS', reference: 'FAERS-2026-0042' },
      ],
      [
        safety.member.id,
        c.id,
        { status: 'new', version: 1 },
        { status: 'reportable', version: 2, note: 'All four elements.', regulator: null, reference: null },
      ],
    ])
  })

  it('needs the regulator and reference to mark a case reported (422)', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    await move(community.slug, c.id, safety.token, { status: 'reportable' })
    const res = await move(community.slug, c.id, safety.token, { status: 'reported', regulator: 'FDA FAERS' })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('safety_report_reference_required')
  })

  it('refuses a move the workflow does not allow (409) and names the allowed ones', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    const res = await move(community.slug, c.id, safety.token, {
      status: 'reported',
      regulator: 'FDA',
      reference: 'X-1',
    })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'safety_invalid_transition',
      details: { from: 'new', to: 'reported', allowed: ['not_an_ae', 'ae_incomplete', 'reportable'] },
    })
  })

  it('answers 409 safety_case_conflict when someone changed the case since the caller read it', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    const colleague = await staffMember(community.slug, ['safety'])
    expect(
      (await move(community.slug, c.id, colleague.token, { status: 'not_an_ae', version: 1 })).status,
    ).toBe(200)
    const late = await move(community.slug, c.id, safety.token, { status: 'reportable', version: 1 })
    expect(late.status).toBe(409)
    expect(late.body.error).toMatchObject({ code: 'safety_case_conflict', details: { current: 2 } })
  })

  it('answers 404 safety_case_not_found for an unknown case', async () => {
    const { community, safety } = await setup()
    const res = await move(community.slug, 'sfc_0000000000000000000000', safety.token, {
      status: 'not_an_ae',
    })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('safety_case_not_found')
  })

  it('lets admins read cases but only safety staff triage them', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    const admin = await staffMember(community.slug, ['admin'])
    expect((await app(`/v1/safety/${community.slug}/cases/${c.id}`, { token: admin.token })).status).toBe(200)
    expect((await move(community.slug, c.id, admin.token, { status: 'not_an_ae' })).status).toBe(403)
    expect((await move(community.slug, c.id, ADMIN_TOKEN, { status: 'not_an_ae' })).status).toBe(403)
    for (const role of ['moderator', 'expert', 'analyst'] as const) {
      const staff = await staffMember(community.slug, [role])
      expect((await app(`/v1/safety/${community.slug}/cases`, { token: staff.token })).status).toBe(403)
    }
    expect((await app(`/v1/safety/${community.slug}/cases`, { token: author.token })).status).toBe(403)
  })

  it('records notes in the history and the audit log, and audits every read of a case', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    const [c] = (await caseIds(community.slug, safety.token)).cases
    const note = await app(`/v1/safety/${community.slug}/cases/${c.id}/notes`, {
      body: { note: 'Emailed the reporter for age and dose.' },
      token: safety.token,
    })
    expect(note.status).toBe(201)
    expect(note.body.history.at(-1)).toMatchObject({
      seq: 2,
      action: 'note',
      note: 'Emailed the reporter for age and dose.',
    })
    expect(note.body.version).toBe(2)
    await app(`/v1/safety/${community.slug}/cases/${c.id}`, { token: safety.token })
    const notes = await api(`/v1/audit/${community.slug}?action=safety.case.note`, { token: ADMIN_TOKEN })
    expect(notes.body.entries[0]).toMatchObject({
      targetId: c.id,
      after: { version: 2, note: 'Emailed the reporter for age and dose.' },
    })
    const reads = await api(`/v1/audit/${community.slug}?action=safety.case.read`, { token: ADMIN_TOKEN })
    expect(reads.body.entries.map((e: any) => [e.actorId, e.targetId])).toEqual([[safety.member.id, c.id]])
  })
})

describe('the case list', () => {
  it('filters by status, kind, seriousness, overdue and due soon, and pages without gaps', async () => {
    const { community, author, safety } = await setup()
    const start = clock.now
    await openCase(community.slug, author.token, 'I was hospitalized with pancreatitis.') // serious: due in 15 days
    await openCase(community.slug, author.token, 'Terrible headaches since I started.') // due in 90 days
    await openCase(community.slug, author.token, 'The capsules were cracked.') // complaint: due in 30 days
    await openCase(community.slug, author.token, 'My wife fainted after her first dose.') // serious
    const all = await caseIds(community.slug, safety.token)
    expect(all.cases.map((c: any) => c.number)).toEqual([1, 4, 3, 2])
    const serious = await caseIds(community.slug, safety.token, '?serious=true')
    expect(serious.cases.map((c: any) => c.number)).toEqual([1, 4])
    const complaints = await caseIds(community.slug, safety.token, '?kind=product_complaint')
    expect(complaints.cases.map((c: any) => c.number)).toEqual([3])

    await move(community.slug, all.cases[0].id, safety.token, { status: 'not_an_ae' })
    clock.now = start + 16 * DAY_MS
    const overdue = await caseIds(community.slug, safety.token, '?due=overdue')
    expect(overdue.cases.map((c: any) => [c.number, c.overdue])).toEqual([[4, true]])
    const soon = await caseIds(community.slug, safety.token, '?due=soon&soonDays=15')
    expect(soon.cases.map((c: any) => c.number)).toEqual([3])
    const open = await caseIds(community.slug, safety.token, '?open=true')
    expect(open.cases.map((c: any) => c.number)).toEqual([4, 3, 2])
    const closed = await caseIds(community.slug, safety.token, '?status=not_an_ae')
    expect(closed.cases.map((c: any) => c.number)).toEqual([1])

    const page1 = await caseIds(community.slug, safety.token, '?sort=received&limit=3')
    expect(page1.cases.map((c: any) => c.number)).toEqual([4, 3, 2])
    await openCase(community.slug, author.token, 'Dizzy every morning.')
    const page2 = await caseIds(community.slug, safety.token, `?sort=received&limit=3&cursor=${page1.next}`)
    expect(page2.cases.map((c: any) => c.number)).toEqual([1])
    expect(page2.next).toBeNull()
    const bad = await app(`/v1/safety/${community.slug}/cases?cursor=not-a-cursor`, { token: safety.token })
    expect(bad.status).toBe(400)
  })
})

describe('E2B(R3)-shaped export', () => {
  it('maps a case to ICSR fields and audits the export', async () => {
    const { community, author, safety } = await setup()
    await openCase(
      community.slug,
      author.token,
      'My wife had severe abdominal pain after Trimly, lot 4H72K, she also takes warfarin. Admitted overnight.',
    )
    const [c] = (await caseIds(community.slug, safety.token)).cases
    const res = await app(`/v1/safety/${community.slug}/cases/${c.id}/e2b`, { token: safety.token })
    expect(res.status).toBe(200)
    const r = res.body
    expect(r['C.1.1']).toBe(`${community.slug.toUpperCase()}-${c.id}`)
    expect(r['C.1.3']).toEqual({ code: 1, label: 'Spontaneous report' })
    expect(r['C.1.4']).toBe(c.receivedAt)
    expect(r['C.1.7']).toBe(true)
    expect(r['C.2.r'][0]).toMatchObject({
      email: 'pat@example.com',
      memberId: author.member.id,
      'C.2.r.4': { code: 5, label: 'Consumer or other non health professional' },
    })
    expect(r['C.3.2']).toBe('Northwind Health')
    expect(r.D).toMatchObject({ 'D.1.nullFlavor': 'MSK', 'D.5': 2, relationToReporter: 'wife' })
    expect(r['E.i'][0]).toMatchObject({
      'E.i.1.1a': 'abdominal pain',
      'E.i.1.1b': 'eng',
      'E.i.1.2': 'abdominal pain',
      'E.i.3.2a': false,
      'E.i.3.2c': true,
      'E.i.3.2f': true,
      'E.i.7': { code: 0, label: 'Unknown' },
    })
    expect(r['G.k']).toEqual([
      {
        'G.k.1': { code: 1, label: 'Suspect' },
        'G.k.2.2': 'Trimly 60 mg',
        'G.k.4.r.7': '4H72K',
        expiryAsReported: null,
      },
      { 'G.k.1': { code: 2, label: 'Concomitant' }, 'G.k.2.2': 'warfarin', 'G.k.4.r.7': null },
    ])
    expect(r['H.1']).toContain('a third party (wife)')
    expect(r['H.5.r'][0]['H.5.r.1a']).toContain('lot 4H72K')
    const log = await api(`/v1/audit/${community.slug}?action=safety.case.export`, { token: ADMIN_TOKEN })
    expect(log.body.entries[0]).toMatchObject({ targetType: 'safety_case', targetId: c.id })
  })

  it('exports a batch of reportable cases with a message header', async () => {
    const { community, author, safety } = await setup()
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    await openCase(community.slug, author.token, 'Dizzy every morning since I started.')
    const { cases } = await caseIds(community.slug, safety.token)
    await move(community.slug, cases[1].id, safety.token, { status: 'reportable' })
    const batch = await app(`/v1/safety/${community.slug}/export/e2b`, { token: ADMIN_TOKEN })
    expect(batch.status).toBe(200)
    expect(batch.body['N.1.2']).toMatch(/^e2b_/)
    expect(batch.body.reports.map((x: any) => x.ichicsr.caseStatus)).toEqual(['reportable'])
    const byIds = await app(`/v1/safety/${community.slug}/export/e2b?ids=${cases[0].id},${cases[1].id}`, {
      token: safety.token,
    })
    expect(byIds.body.reports).toHaveLength(2)
  })
})

describe('listening metrics', () => {
  it('counts cases opened, the serious share, overdue cases and the median time to triage', async () => {
    const { community, author, safety } = await setup()
    const from = new Date(clock.now - 1000).toISOString()
    await openCase(community.slug, author.token, 'I was hospitalized with pancreatitis.')
    await openCase(community.slug, author.token, 'Terrible headaches since I started.')
    await openCase(community.slug, author.token, 'Dizzy every morning since I started.')
    const { cases } = await caseIds(community.slug, safety.token, '?sort=received')
    clock.now += 2 * 3_600_000
    await move(community.slug, cases[0].id, safety.token, { status: 'not_an_ae' })
    clock.now += 2 * 3_600_000
    await move(community.slug, cases[1].id, safety.token, { status: 'reportable' })
    clock.now += 20 * DAY_MS
    const to = new Date(clock.now).toISOString()
    const res = await app(`/v1/metrics/${community.slug}?from=${from}&to=${to}`, { token: ADMIN_TOKEN })
    const value = (name: string) => res.body.metrics.find((m: any) => m.name === name)?.value
    expect(value('safety.cases_opened')).toBe(3)
    expect(value('safety.serious_share')).toBeCloseTo(1 / 3)
    // The serious case (15 days) is past due and still open; the two non-serious ones have 90 days.
    expect(value('safety.overdue_cases')).toBe(1)
    // Triaged after 2.0 h and 4.0 h (minus the seconds between posts): median of two is their mean.
    expect(value('safety.median_triage_hours')).toBe(3)
  })
})
