import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { use } from '../../../../worker/core/plugin'
import { plugins } from '../../../../worker/plugins'
import { qa } from '../../../../worker/plugins/qa'
import { listQuestions } from '../../../../worker/plugins/qa/queries/lists'
import { api, staffMember } from '../../../helpers/api'
import { customApp } from '../../../helpers/custom-app'
import { meteredDb } from '../../../helpers/metered-db'
import { answer, ask, officialAnswer, qaCommunity } from './setup'

const HOUR = 3_600_000

describe('expert inbox', () => {
  it('lists unanswered questions oldest first, and with scope=no_official those only peers answered', async () => {
    const t = await qaCommunity()
    const first = await ask(t.slug, t.asker.token, { title: 'First question waiting here' })
    const second = await ask(t.slug, t.asker.token, { title: 'Second question waiting here' })
    const peerOnly = await ask(t.slug, t.asker.token, { title: 'Peer answered question here' })
    await answer(t.slug, t.peer.token, peerOnly.id, 'I can help with that one.')
    const done = await ask(t.slug, t.asker.token, { title: 'Officially answered question' })
    await officialAnswer(
      t.slug,
      t.expert.token,
      t.reviewer.token,
      done.id,
      'This is the reviewed official answer text.',
    )
    await api(`/v1/qa/${t.slug}/questions/${second.id}/drafts`, {
      body: { body: 'A draft in progress for the second question.' },
      token: t.expert.token,
    })
    const res = await api(`/v1/qa/${t.slug}/inbox/unanswered`, { token: t.expert.token })
    expect(
      res.body.items.map((q: { id: string; draftsInProgress: number }) => [q.id, q.draftsInProgress]),
    ).toEqual([
      [first.id, 0],
      [second.id, 1],
    ])
    const wide = await api(`/v1/qa/${t.slug}/inbox/unanswered?scope=no_official&limit=2`, {
      token: t.reviewer.token,
    })
    expect(wide.body.items.map((q: { id: string }) => q.id)).toEqual([first.id, second.id])
    const more = await api(
      `/v1/qa/${t.slug}/inbox/unanswered?scope=no_official&limit=2&cursor=${wide.body.next}`,
      {
        token: t.reviewer.token,
      },
    )
    expect(more.body).toEqual({
      items: [expect.objectContaining({ id: peerOnly.id, state: 'answered' })],
      next: null,
    })
  })

  it('lists answers waiting for review, longest waiting first, and counts every queue', async () => {
    const t = await qaCommunity()
    const q1 = await ask(t.slug, t.asker.token, { title: 'Question for review one' })
    const q2 = await ask(t.slug, t.asker.token, { title: 'Question for review two' })
    const routed = await ask(t.slug, t.asker.token, { title: 'Should I stop taking it if I get cramps?' })
    const ids: string[] = []
    for (const q of [q1, q2]) {
      const d = await api(`/v1/qa/${t.slug}/questions/${q.id}/drafts`, {
        body: { body: `Reviewed answer text for ${q.title}.` },
        token: t.expert.token,
      })
      await api(`/v1/qa/${t.slug}/drafts/${d.body.id}/submit`, { method: 'POST', token: t.expert.token })
      ids.push(d.body.id)
    }
    const review = await api(`/v1/qa/${t.slug}/inbox/review`, { token: t.reviewer.token })
    expect(
      review.body.items.map((d: { id: string; questionTitle: string }) => [d.id, d.questionTitle]),
    ).toEqual([
      [ids[0], q1.title],
      [ids[1], q2.title],
    ])
    const summary = await api(`/v1/qa/${t.slug}/inbox`, { token: t.expert.token })
    expect(summary.body).toEqual({
      unanswered: 2,
      answeredByPeersOnly: 0,
      awaitingReview: 2,
      medicalInformationOpen: 1,
      medianHoursToOfficialAnswer: null,
    })
    const medical = await api(`/v1/qa/${t.slug}/inbox/medical-information`, { token: t.expert.token })
    expect(medical.body.items).toMatchObject([
      { id: routed.id, routing: { source: 'auto', cues: [{ id: 'should_i' }] }, privateReplyAt: null },
    ])
    await api(`/v1/qa/${t.slug}/questions/${routed.id}/private-replies`, {
      body: { body: 'Please call us so a pharmacist can ask a few questions.' },
      token: t.expert.token,
    })
    const open = await api(`/v1/qa/${t.slug}/inbox/medical-information`, { token: t.expert.token })
    expect(open.body.items).toEqual([])
    const replied = await api(`/v1/qa/${t.slug}/inbox/medical-information?state=replied`, {
      token: t.expert.token,
    })
    expect(replied.body.items.map((q: { id: string }) => q.id)).toEqual([routed.id])
  })

  it('is refused to members and to roles outside the inbox', async () => {
    const t = await qaCommunity()
    expect((await api(`/v1/qa/${t.slug}/inbox`, { token: t.asker.token })).status).toBe(403)
    expect((await api(`/v1/qa/${t.slug}/inbox/review`, { token: t.moderator.token })).status).toBe(403)
    const safety = await staffMember(t.slug, ['safety'])
    expect((await api(`/v1/qa/${t.slug}/inbox/medical-information`, { token: safety.token })).status).toBe(
      200,
    )
    expect((await api(`/v1/qa/${t.slug}/inbox/unanswered`, { token: safety.token })).status).toBe(403)
  })
})

describe('listening metrics', () => {
  it('records the hours from question to first official answer, and the share of questions answered', async () => {
    let clock = Date.now() - 10 * 24 * HOUR
    const app = customApp(plugins, { now: () => clock })
    const t = await qaCommunity()
    const analyst = await staffMember(t.slug, ['analyst'])
    const call = (path: string, token: string, body?: unknown) => app(path, { token, body })
    const asked = async (title: string) =>
      (await call(`/v1/qa/${t.slug}/questions`, t.asker.token, { title })).body.id as string
    const approve = async (questionId: string) => {
      const d = await call(`/v1/qa/${t.slug}/questions/${questionId}/drafts`, t.expert.token, {
        body: 'An official answer that the reviewer approves.',
      })
      await app(`/v1/qa/${t.slug}/drafts/${d.body.id}/submit`, { method: 'POST', token: t.expert.token })
      await call(`/v1/qa/${t.slug}/drafts/${d.body.id}/decision`, t.reviewer.token, {
        decision: 'approve',
        version: 1,
      })
    }
    const fast = await asked('Answered officially after 4 hours')
    const slow = await asked('Answered officially after 30 hours')
    const peer = await asked('Answered by a peer only')
    await asked('Nobody answered this one')
    clock += 4 * HOUR
    await approve(fast)
    await call(`/v1/qa/${t.slug}/questions/${peer}/answers`, t.peer.token, {
      body: 'Here is what worked for me.',
    })
    clock += 26 * HOUR
    await approve(slow)
    clock += HOUR
    const start = clock - 31 * HOUR
    const metrics = async (from: number, to: number) => {
      const res = await app(
        `/v1/metrics/${t.slug}?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`,
        {
          token: analyst.token,
        },
      )
      return (name: string) => res.body.metrics.find((m: { name: string }) => m.name === name)?.value
    }
    const all = await metrics(start - HOUR, clock + HOUR)
    expect(all('qa.time_to_official_answer')).toBe(17)
    expect(all('qa.answered_share')).toBe(0.75)
    expect(all('qa.questions_asked')).toBe(4)
    expect(all('qa.medical_information_routed')).toBe(0)
    // A window after the questions were asked: answers given in it still count; no question was asked in it.
    const later = await metrics(start + HOUR, clock + HOUR)
    expect(later('qa.time_to_official_answer')).toBe(17)
    expect(later('qa.answered_share')).toBeNull()
  })
})

describe('read budgets', () => {
  it('reads one row per listed question (plus one) whatever the community size', async () => {
    const t = await qaCommunity()
    // Only the qa plugin, so other plugins' rate limits do not slow the seeding of 30 questions.
    const qaOnly = customApp([use(qa)])
    for (let i = 0; i < 30; i++) {
      const res = await qaOnly(`/v1/qa/${t.slug}/questions`, {
        body: { title: `Budget question number ${i}` },
        token: t.asker.token,
      })
      expect(res.status).toBe(201)
    }
    const { db, meter } = meteredDb(env.DB)
    await listQuestions(db, { communityId: t.community.id, state: null, topic: null, after: null, limit: 11 })
    expect(meter.rowsRead).toBeLessThanOrEqual(11)
    meter.reset()
    await listQuestions(db, {
      communityId: t.community.id,
      state: 'unanswered',
      topic: null,
      after: null,
      limit: 11,
    })
    expect(meter.rowsRead).toBeLessThanOrEqual(11)
  })
})
