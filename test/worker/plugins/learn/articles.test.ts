import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { findPublished } from '../../../../worker/plugins/learn/published-queries'
import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../../../helpers/api'
import { meteredDb } from '../../../helpers/metered-db'

async function learnCommunity(overrides: Record<string, unknown> = {}) {
  const community = await createCommunity(overrides)
  const slug = community.slug
  const [expert, reviewer, adminReviewer, reader, analyst] = await Promise.all([
    staffMember(slug, ['expert']),
    staffMember(slug, ['reviewer']),
    staffMember(slug, ['admin', 'reviewer']),
    joinOpen(slug),
    staffMember(slug, ['analyst']),
  ])
  return { community, slug, expert, reviewer, adminReviewer, reader, analyst }
}

const WEEK_ONE = {
  kind: 'guide',
  position: 10,
  translations: {
    en: {
      title: 'What to expect in week one',
      summary: 'Changes in bowel habits, and how to keep them mild.',
      markdown:
        '## Your first meals\n\nKeep fat under **15 g per meal**. See the [label](https://northwind.example/label).',
    },
    es: {
      title: 'Qué esperar en la primera semana',
      summary: 'Cambios en el tránsito intestinal y cómo mantenerlos leves.',
      markdown: '## Tus primeras comidas\n\nMantén la grasa por debajo de **15 g por comida**.',
    },
  },
}

async function write(slug: string, token: string, body: unknown = WEEK_ONE) {
  const res = await api(`/v1/learn/${slug}/articles`, { body, token })
  expect(res.status).toBe(201)
  return res.body
}

async function publish(t: Awaited<ReturnType<typeof learnCommunity>>, body: unknown = WEEK_ONE) {
  const a = await write(t.slug, t.expert.token, body)
  await api(`/v1/learn/${t.slug}/articles/${a.id}/submit`, { method: 'POST', token: t.expert.token })
  const res = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
    body: { decision: 'approve', version: 1 },
    token: t.reviewer.token,
  })
  expect(res.status).toBe(200)
  return res.body
}

describe('learn articles: writing and review', () => {
  it('keeps a draft off the site until a reviewer approves it, then serves the sanitized tree per locale', async () => {
    const t = await learnCommunity()
    const draft = await write(t.slug, t.expert.token)
    expect(draft).toMatchObject({ reviewState: 'draft', version: 1, publishedVersion: null })
    expect(draft.translations.en.removed).toEqual([])
    expect((await api(`/v1/learn/${t.slug}/articles`)).body.articles).toEqual([])
    const hidden = await api(`/v1/learn/${t.slug}/articles/${draft.id}`)
    expect(hidden.status).toBe(404)
    expect(hidden.body.error.code).toBe('learn_article_not_found')
    await api(`/v1/learn/${t.slug}/articles/${draft.id}/submit`, { method: 'POST', token: t.expert.token })
    await api(`/v1/learn/${t.slug}/articles/${draft.id}/decision`, {
      body: { decision: 'approve', version: 1 },
      token: t.reviewer.token,
    })
    const es = await api(`/v1/learn/${t.slug}/articles/${draft.id}?locale=es`, { token: t.reader.token })
    expect(es.body).toMatchObject({
      id: draft.id,
      locale: 'es',
      title: 'Qué esperar en la primera semana',
      availableLocales: expect.arrayContaining(['en', 'es']),
      myFeedback: null,
    })
    expect(es.body.tree[0]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', value: 'Tus primeras comidas' }],
    })
    const list = await api(`/v1/learn/${t.slug}/articles?locale=en`)
    expect(list.body.articles).toEqual([
      expect.objectContaining({
        id: draft.id,
        locale: 'en',
        title: 'What to expect in week one',
        kind: 'guide',
      }),
    ])
  })

  it('falls back to the default language when an article has no translation for the reader', async () => {
    const t = await learnCommunity()
    const english = await publish(t, { translations: { en: WEEK_ONE.translations.en } })
    const res = await api(`/v1/learn/${t.slug}/articles/${english.id}?locale=es`)
    expect(res.body).toMatchObject({ locale: 'en', availableLocales: ['en'] })
  })

  it('refuses approval by the person who wrote the version, even an admin who also reviews (learn_self_review)', async () => {
    const t = await learnCommunity()
    const a = await write(t.slug, t.adminReviewer.token)
    await api(`/v1/learn/${t.slug}/articles/${a.id}/submit`, { method: 'POST', token: t.adminReviewer.token })
    const own = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'approve', version: 1 },
      token: t.adminReviewer.token,
    })
    expect(own.status).toBe(403)
    expect(own.body.error.code).toBe('learn_self_review')
    const expert = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'approve', version: 1 },
      token: t.expert.token,
    })
    expect(expert.status).toBe(403)
  })

  it('keeps the published version public while a new one is written, and keeps every version', async () => {
    const t = await learnCommunity()
    const a = await publish(t)
    const revised = {
      ...WEEK_ONE,
      translations: { en: { ...WEEK_ONE.translations.en, title: 'Week one: what to expect (updated)' } },
    }
    const v2 = await api(`/v1/learn/${t.slug}/articles/${a.id}`, {
      method: 'PUT',
      body: revised,
      token: t.expert.token,
    })
    expect(v2.body).toMatchObject({ version: 2, reviewState: 'draft', publishedVersion: 1 })
    expect((await api(`/v1/learn/${t.slug}/articles/${a.id}`)).body.title).toBe('What to expect in week one')
    const stale = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'approve', version: 2 },
      token: t.reviewer.token,
    })
    expect(stale.body.error.code).toBe('learn_not_in_review')
    await api(`/v1/learn/${t.slug}/articles/${a.id}/submit`, { method: 'POST', token: t.expert.token })
    const wrong = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'approve', version: 1 },
      token: t.reviewer.token,
    })
    expect(wrong.status).toBe(409)
    expect(wrong.body.error.code).toBe('learn_version_changed')
    await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'approve', version: 2 },
      token: t.reviewer.token,
    })
    const now = await api(`/v1/learn/${t.slug}/articles/${a.id}?locale=es`)
    // Version 2 has no Spanish translation: the Spanish page is gone, the English one is updated.
    expect(now.body).toMatchObject({ locale: 'en', title: 'Week one: what to expect (updated)', version: 2 })
    const record = await api(`/v1/learn/${t.slug}/manage/articles/${a.id}`, { token: t.reviewer.token })
    expect(record.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2])
    expect(
      record.body.timeline.map((e: { action: string; version: number }) => `${e.action}@${e.version}`),
    ).toEqual(['created@1', 'submitted@1', 'approved@1', 'edited@2', 'submitted@2', 'approved@2'])
  })

  it('asks for changes with a comment, refuses double submission (learn_already_submitted)', async () => {
    const t = await learnCommunity()
    const a = await write(t.slug, t.expert.token)
    expect(
      (await api(`/v1/learn/${t.slug}/articles/${a.id}/submit`, { method: 'POST', token: t.expert.token }))
        .status,
    ).toBe(200)
    const again = await api(`/v1/learn/${t.slug}/articles/${a.id}/submit`, {
      method: 'POST',
      token: t.expert.token,
    })
    expect(again.body.error.code).toBe('learn_already_submitted')
    const changes = await api(`/v1/learn/${t.slug}/articles/${a.id}/decision`, {
      body: { decision: 'request_changes', version: 1, comment: 'Add the fair-balance risk statement.' },
      token: t.reviewer.token,
    })
    expect(changes.body).toMatchObject({ reviewState: 'changes_requested', publishedVersion: null })
    expect(changes.body.timeline.at(-1)).toMatchObject({
      action: 'changes_requested',
      comment: 'Add the fair-balance risk statement.',
    })
  })

  it('archives an article: off the list, out of search, no more edits (learn_archived)', async () => {
    const t = await learnCommunity()
    const a = await publish(t)
    expect((await api(`/v1/learn/${t.slug}/search?q=meal`)).body.results).toHaveLength(1)
    const archived = await api(`/v1/learn/${t.slug}/articles/${a.id}/archive`, {
      body: { reason: 'Superseded by the new label' },
      token: ADMIN_TOKEN,
    })
    expect(archived.body).toMatchObject({ archived: true, publishedVersion: null })
    expect((await api(`/v1/learn/${t.slug}/articles`)).body.articles).toEqual([])
    expect((await api(`/v1/learn/${t.slug}/search?q=meal`)).body.results).toEqual([])
    const edit = await api(`/v1/learn/${t.slug}/articles/${a.id}`, {
      method: 'PUT',
      body: WEEK_ONE,
      token: t.expert.token,
    })
    expect(edit.body.error.code).toBe('learn_archived')
  })

  it('validates languages: offered ones only, the default one required, and some text left after sanitizing', async () => {
    const t = await learnCommunity({ locales: ['en'], defaultLocale: 'en' })
    const spanish = await api(`/v1/learn/${t.slug}/articles`, { body: WEEK_ONE, token: t.expert.token })
    expect(spanish.status).toBe(422)
    expect(spanish.body.error).toMatchObject({ code: 'learn_locale_not_offered', details: { locale: 'es' } })
    const both = await learnCommunity()
    const noDefault = await api(`/v1/learn/${both.slug}/articles`, {
      body: { translations: { es: WEEK_ONE.translations.es } },
      token: both.expert.token,
    })
    expect(noDefault.body.error).toMatchObject({
      code: 'learn_missing_default_locale',
      details: { locale: 'en' },
    })
    const empty = await api(`/v1/learn/${both.slug}/articles`, {
      body: { translations: { en: { title: 'Only a script', markdown: '<script>alert(1)</script>' } } },
      token: both.expert.token,
    })
    expect(empty.body.error.code).toBe('learn_empty_article')
  })

  it('shows authors what the sanitizer removed, in the draft and in a preview', async () => {
    const t = await learnCommunity()
    const markdown = 'Hi <img src=x onerror=alert(1)> [x](javascript:alert(1))'
    const preview = await api(`/v1/learn/${t.slug}/preview`, { body: { markdown }, token: t.expert.token })
    expect(preview.body).toEqual({
      tree: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hi  x' }] }],
      removed: ['raw_html', 'unsafe_link'],
    })
    const draft = await write(t.slug, t.expert.token, {
      translations: { en: { title: 'Sanitized', markdown } },
    })
    expect(draft.translations.en.removed).toEqual(['raw_html', 'unsafe_link'])
    expect(draft.translations.en.markdown).toBe(markdown)
  })

  it('lists staff articles with their review state, only for staff', async () => {
    const t = await learnCommunity()
    const a = await write(t.slug, t.expert.token)
    const list = await api(`/v1/learn/${t.slug}/manage/articles`, { token: t.reviewer.token })
    expect(list.body.articles).toEqual([
      expect.objectContaining({ id: a.id, reviewState: 'draft', version: 1 }),
    ])
    expect((await api(`/v1/learn/${t.slug}/manage/articles`, { token: t.reader.token })).status).toBe(403)
    expect(
      (await api(`/v1/learn/${t.slug}/articles`, { body: WEEK_ONE, token: t.reviewer.token })).status,
    ).toBe(403)
  })

  it('resolves the articles an official answer links, by id', async () => {
    const t = await learnCommunity()
    const a = await publish(t)
    const b = await publish(t, {
      ...WEEK_ONE,
      position: 5,
      translations: { en: { title: 'Getting started', markdown: 'Start here.' } },
    })
    const res = await api(`/v1/learn/${t.slug}/articles?ids=${a.id},${b.id},art_0000000000000000000000`)
    expect(res.body.articles.map((x: { id: string }) => x.id)).toEqual([b.id, a.id])
  })

  it('never shows one community’s articles to another', async () => {
    const a = await learnCommunity()
    const b = await learnCommunity()
    const article = await publish(a)
    expect((await api(`/v1/learn/${b.slug}/articles/${article.id}`)).status).toBe(404)
    expect((await api(`/v1/learn/${b.slug}/search?q=week`)).body.results).toEqual([])
    expect((await api(`/v1/learn/${b.slug}/articles?ids=${article.id}`)).body.articles).toEqual([])
  })
})

describe('learn search', () => {
  it('ranks title matches first, returns highlighted segments, and never errors on FTS syntax', async () => {
    const t = await learnCommunity()
    const body = await publish(t, {
      translations: {
        en: { title: 'Eating out', markdown: 'Restaurants: ask for dressing on the side to avoid spotting.' },
      },
    })
    const title = await publish(t, {
      translations: { en: { title: 'Managing spotting', markdown: 'Lower the fat.' } },
    })
    const res = await api(`/v1/learn/${t.slug}/search?q=spotting`)
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual([title.id, body.id])
    expect(res.body.results[0].title).toEqual([
      { text: 'Managing ', match: false },
      { text: 'spotting', match: true },
    ])
    expect(res.body.results[1].snippet).toContainEqual({ text: 'spotting', match: true })
    for (const q of ['"', 'spot*', 'NEAR(a b)', '-fat', '((', 'AND OR NOT', 'title:fat']) {
      expect((await api(`/v1/learn/${t.slug}/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200)
    }
  })
})

describe('did this help?', () => {
  it('records one answer per member (changeable) and feeds the listening metrics', async () => {
    const t = await learnCommunity()
    const a = await publish(t)
    const url = `/v1/learn/${t.slug}/articles/${a.id}/feedback`
    expect((await api(url, { method: 'PUT', body: { helpful: false }, token: t.reader.token })).body).toEqual(
      {
        articleId: a.id,
        helpful: false,
      },
    )
    await api(url, { method: 'PUT', body: { helpful: true }, token: t.reader.token })
    const other = await joinOpen(t.slug)
    await api(url, { method: 'PUT', body: { helpful: false }, token: other.token })
    expect(
      (await api(`/v1/learn/${t.slug}/articles/${a.id}`, { token: t.reader.token })).body.myFeedback,
    ).toBe(true)
    const record = await api(`/v1/learn/${t.slug}/manage/articles/${a.id}`, { token: t.expert.token })
    expect(record.body.helpful).toEqual({ yes: 1, no: 1 })
    const metrics = await api(`/v1/metrics/${t.slug}`, { token: t.analyst.token })
    const value = (name: string) => metrics.body.metrics.find((m: { name: string }) => m.name === name)?.value
    expect(value('learn.helpful_share')).toBe(0.5)
    expect(value('learn.feedback_count')).toBe(2)
    expect((await api(url, { method: 'PUT', body: { helpful: true } })).status).toBe(401)
    const missing = await api(`/v1/learn/${t.slug}/articles/art_0000000000000000000000/feedback`, {
      method: 'PUT',
      body: { helpful: true },
      token: t.reader.token,
    })
    expect(missing.body.error.code).toBe('learn_article_not_found')
  })
})

describe('learn read budgets', () => {
  it('reads only the translations of the article it serves', async () => {
    const t = await learnCommunity()
    for (let i = 0; i < 4; i++) await publish(t, { ...WEEK_ONE, position: i })
    const a = await publish(t)
    const { db, meter } = meteredDb(env.DB)
    const rows = await findPublished(db, t.community.id, a.id)
    expect(rows.map((r) => r.locale).sort()).toEqual(['en', 'es'])
    expect(meter.rowsRead).toBe(2)
  })
})
