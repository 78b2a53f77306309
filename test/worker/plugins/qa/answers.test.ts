import { describe, expect, it } from 'vitest'
import { api, joinOpen, staffMember } from '../../../helpers/api'
import { answer, ask, officialAnswer, qaCommunity } from './setup'

describe('peer answers', () => {
  it('stores a peer answer, counts it and marks the question answered', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Any tips for eating out?' })
    const a = await answer(
      t.slug,
      t.peer.token,
      q.id,
      'I check the menu online first and pick grilled dishes.',
    )
    expect(a).toMatchObject({
      questionId: q.id,
      status: 'published',
      answer: { kind: 'peer', official: null, helpfulCount: 0, votedHelpful: false, accepted: false },
    })
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(page.body).toMatchObject({ state: 'answered', answerCount: 1, canAnswer: false })
    expect(page.body.answers[0]).toMatchObject({ id: a.answer.id, votedHelpful: null })
    const single = await api(`/v1/qa/${t.slug}/answers/${a.answer.id}`)
    expect(single.body).toMatchObject({ questionId: q.id, answer: { id: a.answer.id, kind: 'peer' } })
  })

  it('refuses peer answers from company staff with qa_staff_answer (their answers are reviewed)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Is there a coupon for refills?' })
    for (const token of [t.expert.token, t.moderator.token, t.reviewer.token]) {
      const res = await api(`/v1/qa/${t.slug}/questions/${q.id}/answers`, {
        body: { body: 'Yes, see the site.' },
        token,
      })
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('qa_staff_answer')
    }
  })

  it('refuses public answers on a question routed to medical information with qa_question_routed', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Can I double my dose before a big dinner?' })
    const res = await api(`/v1/qa/${t.slug}/questions/${q.id}/answers`, {
      body: { body: 'I do it all the time.' },
      token: t.peer.token,
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('qa_question_routed')
    const draft = await api(`/v1/qa/${t.slug}/questions/${q.id}/drafts`, {
      body: { body: 'Please do not change your dose without talking to your pharmacist.' },
      token: t.expert.token,
    })
    expect(draft.body.error.code).toBe('qa_question_routed')
  })

  it('answers 404 qa_question_not_found for an unknown question and qa_answer_not_found for an unknown answer', async () => {
    const t = await qaCommunity()
    const res = await api(`/v1/qa/${t.slug}/questions/que_0000000000000000000000/answers`, {
      body: { body: 'Hello there' },
      token: t.peer.token,
    })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('qa_question_not_found')
    const missing = await api(`/v1/qa/${t.slug}/answers/ans_0000000000000000000000`)
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('qa_answer_not_found')
  })
})

describe('helpful votes', () => {
  it('counts one vote per member, refuses a second with qa_already_voted, and can be taken back once', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'How do you remember the multivitamin?' })
    const a = await answer(t.slug, t.peer.token, q.id, 'I keep it next to my toothbrush.')
    const third = await joinOpen(t.slug)
    const url = `/v1/qa/${t.slug}/answers/${a.answer.id}/helpful`
    expect((await api(url, { method: 'POST', token: t.asker.token })).body).toEqual({
      answerId: a.answer.id,
      helpfulCount: 1,
      votedHelpful: true,
    })
    const again = await api(url, { method: 'POST', token: t.asker.token })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('qa_already_voted')
    expect((await api(url, { method: 'POST', token: third.token })).body.helpfulCount).toBe(2)
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`, { token: t.asker.token })
    expect(page.body.answers[0]).toMatchObject({ helpfulCount: 2, votedHelpful: true })
    expect((await api(url, { method: 'DELETE', token: t.asker.token })).body).toEqual({
      answerId: a.answer.id,
      helpfulCount: 1,
      votedHelpful: false,
    })
    const twice = await api(url, { method: 'DELETE', token: t.asker.token })
    expect(twice.status).toBe(404)
    expect(twice.body.error.code).toBe('qa_vote_not_found')
  })

  it('refuses a vote for your own answer with qa_own_answer', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Best low fat snacks?' })
    const a = await answer(t.slug, t.peer.token, q.id, 'Rice cakes and fruit.')
    const res = await api(`/v1/qa/${t.slug}/answers/${a.answer.id}/helpful`, {
      method: 'POST',
      token: t.peer.token,
    })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('qa_own_answer')
  })

  it('lets members vote for an official answer', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Do I take it with every meal?' })
    const official = await officialAnswer(
      t.slug,
      t.expert.token,
      t.reviewer.token,
      q.id,
      'Take one capsule with each main meal that contains fat, up to three a day.',
    )
    const res = await api(`/v1/qa/${t.slug}/answers/${official.id}/helpful`, {
      method: 'POST',
      token: t.asker.token,
    })
    expect(res.status).toBe(201)
  })
})

describe('accepting an answer', () => {
  it('lets only the asker accept one public answer of their question; a new choice replaces the old', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Which multivitamin do you take?' })
    const a1 = await answer(t.slug, t.peer.token, q.id, 'Any A-D-E-K one from the pharmacy.')
    const other = await joinOpen(t.slug)
    const a2 = await answer(t.slug, other.token, q.id, 'The store brand works fine.')
    const url = `/v1/qa/${t.slug}/questions/${q.id}/accept`
    const notAsker = await api(url, { body: { answerId: a1.answer.id }, token: t.peer.token })
    expect(notAsker.status).toBe(403)
    expect(notAsker.body.error.code).toBe('qa_not_asker')
    expect((await api(url, { body: { answerId: a1.answer.id }, token: t.asker.token })).status).toBe(200)
    expect((await api(url, { body: { answerId: a2.answer.id }, token: t.asker.token })).body).toEqual({
      questionId: q.id,
      acceptedAnswerId: a2.answer.id,
    })
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(page.body.accepted).toBe(true)
    expect(page.body.answers.map((a: { id: string; accepted: boolean }) => [a.id, a.accepted])).toEqual([
      [a2.answer.id, true],
      [a1.answer.id, false],
    ])
  })

  it('refuses an answer of another question with qa_answer_not_found', async () => {
    const t = await qaCommunity()
    const q1 = await ask(t.slug, t.asker.token, { title: 'First question here' })
    const q2 = await ask(t.slug, t.asker.token, { title: 'Second question here' })
    const a = await answer(t.slug, t.peer.token, q2.id, 'An answer to the second.')
    const res = await api(`/v1/qa/${t.slug}/questions/${q1.id}/accept`, {
      body: { answerId: a.answer.id },
      token: t.asker.token,
    })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('qa_answer_not_found')
  })
})

describe('answer order', () => {
  it('pins official answers first, then the accepted answer, then the most helpful', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'What should I expect in week one?' })
    const first = await answer(t.slug, t.peer.token, q.id, 'Some gas if you eat fatty food.')
    const voter = await joinOpen(t.slug)
    const helpful = await answer(t.slug, voter.token, q.id, 'Plan your meals ahead, it makes it easy.')
    await api(`/v1/qa/${t.slug}/answers/${helpful.answer.id}/helpful`, {
      method: 'POST',
      token: t.peer.token,
    })
    const accepted = await answer(t.slug, (await joinOpen(t.slug)).token, q.id, 'Keep a food diary.')
    await api(`/v1/qa/${t.slug}/questions/${q.id}/accept`, {
      body: { answerId: accepted.answer.id },
      token: t.asker.token,
    })
    const expert3 = await staffMember(t.slug, ['expert'])
    const official = await officialAnswer(
      t.slug,
      expert3.token,
      t.reviewer.token,
      q.id,
      'In week one, most people notice changes in bowel habits after fatty meals.',
    )
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(page.body.answers.map((a: { id: string }) => a.id)).toEqual([
      official.id,
      accepted.answer.id,
      helpful.answer.id,
      first.answer.id,
    ])
    expect(page.body.answers[0].official.label).toBe('Official answer from Northwind Health')
  })
})
