import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../worker/app'
import type { BeforeStoreHook } from '../../../../worker/core/content/pipeline'
import { definePlugin, use } from '../../../../worker/core/plugin'
import { moderation } from '../../../../worker/plugins/moderation'
import { client } from '../../../helpers/api'
import { moderationApp, postsPlugin, text } from './helpers'

const app = moderationApp()

/** Stands in for the privacy plugin (listed before moderation): redacts e-mail addresses and flags it. */
const redact: BeforeStoreHook = (ctx) => {
  const body = ctx.content.fields.body ?? ''
  if (!body.includes('@')) return undefined
  return { fields: { body: body.replace(/\S+@\S+/g, '[email removed]') }, flags: ['redacted:email'] }
}
const redactor = definePlugin({
  name: 'redactor',
  description: 'test redaction',
  dependencies: ['content'],
  hooks: () => ({ beforeStore: [{ name: 'redact', run: redact }] }),
})
/** A hook listed after moderation that holds: its reason must reach the queue too. */
const late = definePlugin({
  name: 'late',
  description: 'test late hold',
  dependencies: ['content'],
  hooks: () => ({
    beforeStore: [
      {
        name: 'hold-questions',
        run: (ctx) =>
          ctx.content.fields.body?.includes('?')
            ? {
                verdict: 'hold',
                reasons: [{ verdict: 'hold', code: 'question_review', message: 'Questions are checked' }],
              }
            : undefined,
      },
    ],
  }),
})

function withPlugins() {
  const built = createApp([use(redactor), use(moderation), use(late), use(postsPlugin)])
  return client(async (request) => {
    const ctx = createExecutionContext()
    const response = await built.fetch(request, env, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
}

describe('the queue', () => {
  it('lists held items oldest first, page by page, with the current public text', async () => {
    const community = await app.community({ moderation: { mode: 'pre', firstN: 3 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const ids: string[] = []
    for (let i = 0; i < 5; i++)
      ids.push((await app.post(community.slug, author.token, text(`Held ${i}`))).body.id)
    const seen: string[] = []
    let cursor = ''
    for (let page = 0; page < 3; page++) {
      const res = await app(`/v1/moderation/${community.slug}/queue?limit=2${cursor}`, {
        token: moderator.token,
      })
      expect(res.status).toBe(200)
      seen.push(...res.body.items.map((i: { contentId: string }) => i.contentId))
      if (!res.body.next) break
      cursor = `&cursor=${res.body.next}`
    }
    expect(seen).toEqual(ids)
    const [first] = (await app(`/v1/moderation/${community.slug}/queue?limit=1`, { token: moderator.token }))
      .body.items
    expect(first).toMatchObject({
      contentId: ids[0],
      type: 'post',
      link: `/posts/${community.slug}/${ids[0]}`,
      status: 'pending',
      statusReason: 'premoderation',
      version: 1,
      author: { id: author.member.id, pseudonym: author.member.pseudonym, status: 'active' },
      held: true,
      reports: { open: 0, byReason: [] },
      flags: [],
    })
    expect(first.text.body).toMatch(/^Held 0/)
  })

  it('shows every hook’s reason (before and after moderation) and the redaction flags, never the original', async () => {
    const plugged = withPlugins()
    const community = (
      await plugged('/v1/communities', {
        body: { ...(await import('../../../helpers/fixtures')).communityInput() },
        token: (await import('../../../helpers/api')).ADMIN_TOKEN,
      })
    ).body
    await app.rules(community.slug, { reviewTerms: ['whatsapp'] })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const res = await plugged(`/v1/posts/${community.slug}`, {
      body: { body: 'Can I buy more on whatsapp? write jane.doe@example.com' },
      token: author.token,
    })
    expect(res.body.status).toBe('pending')
    const queue = await app(`/v1/moderation/${community.slug}/queue`, { token: moderator.token })
    expect(queue.body.items[0]).toMatchObject({
      text: { body: 'Can I buy more on whatsapp? write [email removed]' },
      flags: ['redacted:email'],
      reasons: [
        { hook: 'moderation.word-lists', verdict: 'hold', code: 'review_term' },
        {
          hook: 'late.hold-questions',
          verdict: 'hold',
          code: 'question_review',
          message: 'Questions are checked',
        },
      ],
    })
    expect(JSON.stringify(queue.body)).not.toContain('jane.doe')
    const detail = await app(`/v1/moderation/${community.slug}/items/${res.body.id}`, {
      token: moderator.token,
    })
    expect(detail.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        editorKind: 'author',
        text: { body: 'Can I buy more on whatsapp? write [email removed]' },
        verdict: 'hold',
        flags: ['redacted:email'],
      }),
    ])
    expect(JSON.stringify(detail.body)).not.toContain('jane.doe')
  })

  it('filters by kind, content type and reason code', async () => {
    const community = await app.community()
    await app.rules(community.slug, { reviewTerms: ['coupon'], maxLinks: 0, reportThreshold: 5 })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const coupon = (await app.post(community.slug, author.token, text('Any coupon for refills'))).body.id
    const link = (await app.post(community.slug, author.token, text('See www.example.com'))).body.id
    const fine = (await app.post(community.slug, author.token, text('All good here'))).body.id
    await app(`/v1/moderation/${community.slug}/reports`, {
      body: { contentId: fine, reason: 'off_topic' },
      token: (await app.member(community.slug)).token,
    })
    const ids = async (query: string) =>
      (
        await app(`/v1/moderation/${community.slug}/queue?${query}`, { token: moderator.token })
      ).body.items.map((i: { contentId: string }) => i.contentId)
    expect(await ids('')).toEqual([coupon, link, fine])
    expect(await ids('kind=held')).toEqual([coupon, link])
    expect(await ids('kind=reported')).toEqual([fine])
    expect(await ids('code=too_many_links')).toEqual([link])
    expect(await ids('type=question')).toEqual([])
  })

  it('takes an item out when its author’s edit is no longer held, and when the author deletes their account', async () => {
    const community = await app.community()
    await app.rules(community.slug, { reviewTerms: ['coupon'] })
    const moderator = await app.staff(community.slug, ['moderator'])
    const author = await app.member(community.slug)
    const a = (await app.post(community.slug, author.token, text('Any coupon for refills'))).body.id
    const other = await app.member(community.slug)
    const b = (await app.post(community.slug, other.token, text('Where is a coupon'))).body.id
    const edit = await app(`/v1/posts/${community.slug}/${a}`, {
      method: 'PATCH',
      body: { body: text('Any savings card for refills') },
      token: author.token,
    })
    expect(edit.body.status).toBe('published')
    await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token: other.token })
    const queue = await app(`/v1/moderation/${community.slug}/queue`, { token: moderator.token })
    expect(queue.body.items).toEqual([])
    const entries = await env.DB.prepare(
      'SELECT content_id, state, outcome FROM moderation_queue WHERE community_id = ?1 ORDER BY queued_at',
    )
      .bind(community.id)
      .all()
    expect(entries.results).toEqual([
      { content_id: a, state: 'closed', outcome: 'author_edit' },
      { content_id: b, state: 'closed', outcome: 'resolved_elsewhere' },
    ])
  })

  it('refuses a tampered cursor with 400', async () => {
    const community = await app.community()
    const moderator = await app.staff(community.slug, ['moderator'])
    const res = await app(`/v1/moderation/${community.slug}/queue?cursor=not-a-cursor`, {
      token: moderator.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_request')
  })
})
