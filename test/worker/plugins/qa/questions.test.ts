import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../../../helpers/api'
import { answer, ask, officialAnswer, qaCommunity, SETTINGS } from './setup'

describe('qa settings', () => {
  it('answers the topic list and contact in the requested locale, falling back to English', async () => {
    const t = await qaCommunity()
    const es = await api(`/v1/qa/${t.slug}/settings?locale=es`)
    expect(es.status).toBe(200)
    expect(es.body.topics[1]).toEqual({ code: 'side-effects', label: 'Efectos secundarios' })
    expect(es.body.medicalInformation).toEqual({
      phone: '1-800-555-0100',
      email: null,
      url: 'https://northwind.example/medical-information',
      hours: 'lun–vie 8–20 h ET',
    })
  })

  it('lets only admins change the settings, audited, and refuses duplicate topic codes', async () => {
    const t = await qaCommunity()
    const twice = { topics: [SETTINGS.topics[0], SETTINGS.topics[0]] }
    const res = await api(`/v1/qa/${t.slug}/settings`, { method: 'PUT', body: twice, token: ADMIN_TOKEN })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('validation_failed')
    const expert = await api(`/v1/qa/${t.slug}/settings`, {
      method: 'PUT',
      body: SETTINGS,
      token: t.expert.token,
    })
    expect(expert.status).toBe(403)
    const audit = await api(`/v1/audit/${t.slug}?action=qa.settings`, { token: ADMIN_TOKEN })
    expect(audit.body.entries).toHaveLength(1)
    expect(audit.body.entries[0]).toMatchObject({
      actorId: 'platform',
      targetType: 'qa_settings',
      before: { topics: [] },
    })
  })

  it('starts empty for a community whose admin has not set anything', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/qa/${community.slug}/settings`)
    expect(res.body).toEqual({
      topics: [],
      medicalInformation: { phone: null, email: null, url: null, hours: null },
    })
  })
})

describe('asking', () => {
  it('stores a question through the content pipeline and lists it as unanswered with its topics', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, {
      title: 'How long before you noticed results?',
      body: 'Started on Monday, curious what to expect.',
      tags: ['getting-started'],
    })
    expect(q).toMatchObject({
      title: 'How long before you noticed results?',
      status: 'published',
      statusReason: null,
      state: 'unanswered',
      route: null,
      isAsker: true,
      tags: [{ code: 'getting-started', label: 'Getting started' }],
      author: { id: t.asker.member.id, pseudonym: t.asker.member.pseudonym, badges: [] },
    })
    const list = await api(`/v1/qa/${t.slug}/questions?state=unanswered`)
    expect(list.body.questions.map((x: { id: string }) => x.id)).toEqual([q.id])
  })

  it('refuses topics that are not in the community list with qa_unknown_topic', async () => {
    const t = await qaCommunity()
    const res = await api(`/v1/qa/${t.slug}/questions`, {
      body: { title: 'Which snacks are low in fat?', tags: ['diet', 'keto'] },
      token: t.asker.token,
    })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({ code: 'qa_unknown_topic', details: { tags: ['keto'] } })
  })

  it('refuses guests, and titles under 8 characters with the field named', async () => {
    const t = await qaCommunity()
    expect((await api(`/v1/qa/${t.slug}/questions`, { body: { title: 'Anything new?' } })).status).toBe(401)
    const res = await api(`/v1/qa/${t.slug}/questions`, { body: { title: 'Hmm?' }, token: t.asker.token })
    expect(res.status).toBe(422)
    expect(res.body.error.details.fields[0].path).toBe('title')
  })

  it('records the locale the question was written in', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: '¿Cuánto tardaron en ver resultados?', locale: 'es' })
    expect(q.locale).toBe('es')
  })

  it('holds a question under pre-moderation: only its author and staff can open it, and it is not listed', async () => {
    const community = await createCommunity({ moderation: { mode: 'pre' } })
    const slug = community.slug
    const asker = await joinOpen(slug)
    const other = await joinOpen(slug)
    const moderator = await staffMember(slug, ['moderator'])
    const q = await ask(slug, asker.token, { title: 'Is the starter kit worth it?' })
    expect(q).toMatchObject({ status: 'pending', statusReason: 'premoderation' })
    expect((await api(`/v1/qa/${slug}/questions/${q.id}`, { token: asker.token })).status).toBe(200)
    expect((await api(`/v1/qa/${slug}/questions/${q.id}`, { token: moderator.token })).status).toBe(200)
    const hidden = await api(`/v1/qa/${slug}/questions/${q.id}`, { token: other.token })
    expect(hidden.status).toBe(404)
    expect(hidden.body.error.code).toBe('qa_question_not_found')
    expect((await api(`/v1/qa/${slug}/questions`)).body.questions).toEqual([])
    const mine = await api(`/v1/qa/${slug}/me/questions`, { token: asker.token })
    expect(mine.body.questions.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([
      [q.id, 'pending'],
    ])
  })

  it('never shows one community’s question to another community', async () => {
    const a = await qaCommunity()
    const b = await qaCommunity()
    const q = await ask(a.slug, a.asker.token, { title: 'Does the starter kit include a diary?' })
    const res = await api(`/v1/qa/${b.slug}/questions/${q.id}`)
    expect(res.status).toBe(404)
    expect((await api(`/v1/qa/${b.slug}/questions`)).body.questions).toEqual([])
  })
})

describe('listing', () => {
  it('shows answered / unanswered / official states and filters by state and topic', async () => {
    const t = await qaCommunity()
    const none = await ask(t.slug, t.asker.token, { title: 'What do you eat for breakfast?', tags: ['diet'] })
    const peer = await ask(t.slug, t.asker.token, {
      title: 'Any tips for week one gas?',
      tags: ['side-effects'],
    })
    await answer(t.slug, t.peer.token, peer.id, 'Keep fat under 15 g per meal, it helped me.')
    const official = await ask(t.slug, t.asker.token, {
      title: 'Do I need the multivitamin?',
      tags: ['diet'],
    })
    await officialAnswer(
      t.slug,
      t.expert.token,
      t.reviewer.token,
      official.id,
      'Yes: take a multivitamin with vitamins A, D, E and K at bedtime.',
    )
    const all = await api(`/v1/qa/${t.slug}/questions`)
    expect(all.body.questions.map((q: { id: string; state: string }) => [q.id, q.state])).toEqual([
      [official.id, 'official'],
      [peer.id, 'answered'],
      [none.id, 'unanswered'],
    ])
    const diet = await api(`/v1/qa/${t.slug}/questions?topic=diet`)
    expect(diet.body.questions.map((q: { id: string }) => q.id)).toEqual([official.id, none.id])
    const dietOfficial = await api(`/v1/qa/${t.slug}/questions?topic=diet&state=official`)
    expect(dietOfficial.body.questions.map((q: { id: string }) => q.id)).toEqual([official.id])
    const answered = await api(`/v1/qa/${t.slug}/questions?state=answered`)
    expect(answered.body.questions.map((q: { id: string }) => q.id)).toEqual([peer.id])
  })

  it('pages with a cursor, newest first, without repeating or skipping', async () => {
    const t = await qaCommunity()
    const ids: string[] = []
    for (let i = 0; i < 5; i++)
      ids.push((await ask(t.slug, t.asker.token, { title: `Question number ${i} here` })).id)
    const first = await api(`/v1/qa/${t.slug}/questions?limit=2`)
    const second = await api(`/v1/qa/${t.slug}/questions?limit=2&cursor=${first.body.next}`)
    const third = await api(`/v1/qa/${t.slug}/questions?limit=2&cursor=${second.body.next}`)
    const seen = [first, second, third].flatMap((p) => p.body.questions.map((q: { id: string }) => q.id))
    expect(seen).toEqual([...ids].reverse())
    expect(third.body.next).toBeNull()
    const bad = await api(`/v1/qa/${t.slug}/questions?cursor=not-a-cursor`)
    expect(bad.status).toBe(400)
  })
})

describe('account deletion', () => {
  it('removes a member’s questions and answers from lists, pages and search, and recounts answers', async () => {
    const t = await qaCommunity()
    const leaving = await joinOpen(t.slug)
    const q = await ask(t.slug, leaving.token, { title: 'Grapefruit and Trimly together?' })
    const other = await ask(t.slug, t.asker.token, { title: 'Coffee and Trimly together?' })
    await answer(t.slug, leaving.token, other.id, 'I have it every morning, no issue.')
    expect((await api(`/v1/qa/${t.slug}/questions/${other.id}`)).body.answerCount).toBe(1)
    expect((await api(`/v1/members/${t.slug}/me`, { method: 'DELETE', token: leaving.token })).status).toBe(
      204,
    )
    expect((await api(`/v1/qa/${t.slug}/questions/${q.id}`)).status).toBe(404)
    expect((await api(`/v1/qa/${t.slug}/search?q=grapefruit`)).body.results).toEqual([])
    const page = await api(`/v1/qa/${t.slug}/questions/${other.id}`)
    expect(page.body).toMatchObject({ state: 'unanswered', answerCount: 0, answers: [] })
    const list = await api(`/v1/qa/${t.slug}/questions`)
    expect(list.body.questions.map((x: { id: string }) => x.id)).toEqual([other.id])
  })
})
