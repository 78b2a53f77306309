import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { ContentStatus } from '../../../../worker/core/content/pipeline'
import { findContent } from '../../../../worker/core/content/queries'
import { replaceTextStatements, statusStatements } from '../../../../worker/core/content/service'
import { app } from '../../../../worker/index'
import { api, createCommunity, joinOpen } from '../../../helpers/api'
import { answer, ask, officialAnswer, qaCommunity } from './setup'

const services = { db: env.DB, env, now: () => Date.now(), registry: app.registry }

/** What a moderation decision does: the core status and the owner's rows, in one batch. */
async function moderate(type: 'question' | 'answer', id: string, status: ContentStatus) {
  await env.DB.batch(statusStatements(services, { id, type }, status, 'test'))
}

type Hit = {
  id: string
  title: { text: string; match: boolean }[]
  snippet: { text: string; match: boolean }[]
}
const ids = (res: { body: { results: Hit[] } }) => res.body.results.map((r) => r.id)
const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')

describe('search', () => {
  it('ranks a title match above a body match and highlights matches as segments', async () => {
    const t = await qaCommunity()
    const body = await ask(t.slug, t.asker.token, {
      title: 'Eating out with friends this weekend',
      body: 'What do you order? I worry about oily spotting after restaurant food.',
    })
    const title = await ask(t.slug, t.asker.token, { title: 'Oily spotting in week one, is that common?' })
    const res = await api(`/v1/qa/${t.slug}/search?q=oily%20spotting`)
    expect(ids(res)).toEqual([title.id, body.id])
    expect(marked(res.body.results[0].title)).toBe('[Oily] [spotting] in week one, is that common?')
    expect(marked(res.body.results[1].snippet)).toContain('[oily] [spotting] after restaurant food')
    expect(res.body.results[1]).toMatchObject({ snippetFrom: 'question', state: 'unanswered', locale: 'en' })
  })

  it('finds words of an official answer and says the snippet comes from it', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'When do I take the vitamin?' })
    await officialAnswer(
      t.slug,
      t.expert.token,
      t.reviewer.token,
      q.id,
      'Take the multivitamin at bedtime, at least two hours after Trimly.',
    )
    const res = await api(`/v1/qa/${t.slug}/search?q=bedtime`)
    expect(ids(res)).toEqual([q.id])
    expect(res.body.results[0].snippetFrom).toBe('official_answer')
    expect(marked(res.body.results[0].snippet)).toBe(
      'Take the multivitamin at [bedtime], at least two hours after Trimly.',
    )
  })

  it('does not index peer answers (only questions and official answers)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Favourite low fat dinner?' })
    await answer(t.slug, t.peer.token, q.id, 'Grilled salmon with lemon and asparagus.')
    expect((await api(`/v1/qa/${t.slug}/search?q=asparagus`)).body.results).toEqual([])
  })

  it('matches as you type (prefix of the last word), stems English words and ignores accents', async () => {
    const t = await qaCommunity()
    const en = await ask(t.slug, t.asker.token, { title: 'Missed doses while travelling' })
    const es = await ask(t.slug, t.asker.token, {
      title: '¿Qué comen en el almuerzo en la oficina?',
      locale: 'es',
    })
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=travel`))).toEqual([en.id])
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=dose`))).toEqual([en.id])
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=QUE%20comen`))).toEqual([es.id])
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=almue`))).toEqual([es.id])
  })

  it.each([
    '"',
    '"unbalanced quote',
    'spotting*',
    '*',
    'NEAR(oily spotting, 2)',
    'oily NEAR spotting',
    '-spotting',
    'oily -spotting',
    'oily AND spotting',
    'oily OR',
    'NOT',
    '((oily',
    'oily)',
    'title:oily',
    '{title body}: oily',
    '^oily',
    'oily + spotting',
    "'; DROP TABLE qa_questions; --",
    '\u0002oily\u0003',
  ])('never errors on FTS syntax in the query: %s', async (q) => {
    const t = await qaCommunity()
    await ask(t.slug, t.asker.token, { title: 'Oily spotting in week one' })
    const res = await api(`/v1/qa/${t.slug}/search?q=${encodeURIComponent(q)}`)
    expect(res.status).toBe(200)
    expect(Array.isArray(res.body.results)).toBe(true)
    const similar = await api(`/v1/qa/${t.slug}/questions/similar?text=${encodeURIComponent(q)}`)
    expect(similar.status).toBe(200)
  })

  it('treats operators typed by users as words: "oily AND spotting" needs the word "and"', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Oily spotting and gas in week one' })
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=oily%20AND%20spotting`))).toEqual([q.id])
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=oily%20OR%20nothing`))).toEqual([])
  })

  it('answers no results (not an error) for an empty or punctuation-only query', async () => {
    const t = await qaCommunity()
    expect((await api(`/v1/qa/${t.slug}/search`)).body).toEqual({ results: [] })
    expect((await api(`/v1/qa/${t.slug}/search?q=%22%28%29*`)).body).toEqual({ results: [] })
  })

  it('drops an item from the index when it is held, removed or withdrawn, and adds it back when published', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Sunscreen and Trimly together?' })
    const find = async () => ids(await api(`/v1/qa/${t.slug}/search?q=sunscreen`))
    expect(await find()).toEqual([q.id])
    for (const status of ['pending', 'rejected', 'withdrawn', 'removed'] as const) {
      await moderate('question', q.id, status)
      expect(await find()).toEqual([])
      await moderate('question', q.id, 'published')
      expect(await find()).toEqual([q.id])
    }
  })

  it('indexes a held question only once a moderator publishes it', async () => {
    const community = await createCommunity({ moderation: { mode: 'pre' } })
    const asker = await joinOpen(community.slug)
    const q = await ask(community.slug, asker.token, { title: 'Travel pack size question' })
    expect((await api(`/v1/qa/${community.slug}/search?q=travel`)).body.results).toEqual([])
    await moderate('question', q.id, 'published')
    expect(ids(await api(`/v1/qa/${community.slug}/search?q=travel`))).toEqual([q.id])
  })

  it('keeps an official answer out of the index while its answer is removed by moderation', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Storage question here' })
    const o = await officialAnswer(
      t.slug,
      t.expert.token,
      t.reviewer.token,
      q.id,
      'Keep the blister pack below 25 °C and dry.',
    )
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=blister`))).toEqual([q.id])
    await moderate('answer', o.id, 'removed')
    expect(await api(`/v1/qa/${t.slug}/search?q=blister`).then((r) => r.body.results)).toEqual([])
    expect((await api(`/v1/qa/${t.slug}/questions/${q.id}`)).body.state).toBe('unanswered')
  })

  it('reindexes the redacted text when a moderator edits a question', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Question from Springfield pharmacy' })
    const content = await findContent(env.DB, t.community.id, q.id)
    await env.DB.batch(
      replaceTextStatements(services, content!, {
        fields: { title: 'Question from [place] pharmacy', body: '' },
        editorId: t.moderator.member.id,
        editorKind: 'moderator',
        reason: 'privacy',
      }),
    )
    expect((await api(`/v1/qa/${t.slug}/search?q=springfield`)).body.results).toEqual([])
    expect(ids(await api(`/v1/qa/${t.slug}/search?q=pharmacy`))).toEqual([q.id])
  })

  it('never returns another community’s questions', async () => {
    const a = await qaCommunity()
    const b = await qaCommunity()
    await ask(a.slug, a.asker.token, { title: 'Grapefruit juice with Trimly?' })
    expect((await api(`/v1/qa/${b.slug}/search?q=grapefruit`)).body.results).toEqual([])
    expect((await api(`/v1/qa/${b.slug}/questions/similar?text=grapefruit`)).body.results).toEqual([])
  })
})

describe('duplicate suggestions', () => {
  it('suggests questions sharing any meaningful word of the draft, most similar first', async () => {
    const t = await qaCommunity()
    const close = await ask(t.slug, t.asker.token, { title: 'How to avoid oily spotting after dinner?' })
    const loose = await ask(t.slug, t.asker.token, { title: 'Dinner ideas under 15 g of fat' })
    await ask(t.slug, t.asker.token, { title: 'Where to buy refills' })
    const res = await api(
      `/v1/qa/${t.slug}/questions/similar?text=${encodeURIComponent('What can I do about oily spotting at dinner')}`,
    )
    expect(ids(res)).toEqual([close.id, loose.id])
  })
})
