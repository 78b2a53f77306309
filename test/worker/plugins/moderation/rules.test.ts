import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN } from '../../../helpers/api'
import { moderationApp, publicRow, text } from './helpers'

const app = moderationApp()

const rules = {
  blockedTerms: ['idiot*', 'no prescription needed'],
  reviewTerms: ['promo code', 'doble dosis'],
}

describe('moderation settings', () => {
  it('answers the defaults before an admin sets anything, with the community’s mode', async () => {
    const community = await app.community({ moderation: { mode: 'first_n', firstN: 2 } })
    const moderator = await app.staff(community.slug, ['moderator'])
    const res = await app(`/v1/moderation/${community.slug}/settings`, { token: moderator.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      blockedTerms: [],
      reviewTerms: [],
      maxLinks: 2,
      repeat: { windowMinutes: 1440, action: 'reject' },
      rateLimits: { memberPerMinute: 5, memberPerHour: 30, ipPerMinute: 20, ipPerHour: 120 },
      reportThreshold: 3,
      mode: 'first_n',
      firstN: 2,
      updatedAt: null,
      updatedBy: null,
    })
  })

  it('replaces the rules (duplicates dropped, blocked wins over review) and audits before and after', async () => {
    const community = await app.community()
    const res = await app.rules(community.slug, {
      blockedTerms: ['Idiot*', 'idiot*', 'spam link'],
      reviewTerms: ['SPAM LINK', 'coupon'],
      maxLinks: 1,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      blockedTerms: ['Idiot*', 'spam link'],
      reviewTerms: ['coupon'],
      maxLinks: 1,
      reportThreshold: 3,
      updatedBy: 'platform',
    })
    const audit = await app(`/v1/audit/${community.slug}?action=moderation.settings`, { token: ADMIN_TOKEN })
    expect(audit.body.entries).toHaveLength(1)
    expect(audit.body.entries[0]).toMatchObject({
      actorId: 'platform',
      targetType: 'community',
      targetId: community.id,
      before: { blockedTerms: [], maxLinks: 2 },
      after: { blockedTerms: ['Idiot*', 'spam link'], reviewTerms: ['coupon'], maxLinks: 1 },
    })
  })

  it('refuses word lists that would suppress negative opinions or side effects (422 moderation_protected_term)', async () => {
    const community = await app.community()
    const res = await app.rules(community.slug, { blockedTerms: ['worst*'], reviewTerms: ['side effect'] })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({
      code: 'moderation_protected_term',
      details: {
        terms: [
          { list: 'blockedTerms', term: 'worst*', because: 'opinion' },
          { list: 'reviewTerms', term: 'side effect', because: 'side_effects' },
        ],
      },
    })
    const stored = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM moderation_settings WHERE community_id = ?1',
    )
      .bind(community.id)
      .first<{ n: number }>()
    expect(stored?.n).toBe(0)
  })

  it('refuses malformed rules with 422 and a field path', async () => {
    const community = await app.community()
    const res = await app.rules(community.slug, { blockedTerms: ['a*b'], maxLinks: -1 })
    expect(res.status).toBe(422)
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'blockedTerms.0',
      'maxLinks',
    ])
  })

  it('lets only admins change rules; moderators read them', async () => {
    const community = await app.community()
    const moderator = await app.staff(community.slug, ['moderator'])
    const res = await app(`/v1/moderation/${community.slug}/settings`, {
      method: 'PUT',
      body: {},
      token: moderator.token,
    })
    expect(res.status).toBe(403)
  })
})

describe('word lists', () => {
  it('rejects a post with a blocked term (shown to the author) and stores it as rejected', async () => {
    const community = await app.community()
    await app.rules(community.slug, rules)
    const { token } = await app.member(community.slug)
    const res = await app.post(community.slug, token, text('Only an 1D10T would pay for this'))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'rejected',
      statusReason: 'blocked_term',
      reasons: [
        {
          hook: 'moderation.word-lists',
          code: 'blocked_term',
          verdict: 'reject',
          message: 'Contains a term this community does not allow: “idiot*”.',
        },
      ],
    })
    expect((await publicRow(res.body.id))?.status).toBe('rejected')
  })

  it('holds a post with a needs-review term, whatever its case or accents', async () => {
    const community = await app.community()
    await app.rules(community.slug, rules)
    const moderator = await app.staff(community.slug, ['moderator'])
    const { token } = await app.member(community.slug)
    const res = await app.post(community.slug, token, text('Mi médico dijo que no tome DOBLE DÓSIS'))
    expect(res.body).toMatchObject({
      status: 'pending',
      statusReason: 'review_term',
      reasons: [{ hook: 'moderation.word-lists', code: 'review_term', verdict: 'hold' }],
    })
    const queue = await app(`/v1/moderation/${community.slug}/queue?code=review_term`, {
      token: moderator.token,
    })
    expect(queue.body.items.map((i: { contentId: string }) => i.contentId)).toEqual([res.body.id])
  })

  it('publishes a strongly negative but rule-abiding review (FTC 16 CFR 465)', async () => {
    const community = await app.community({ moderation: { mode: 'post', firstN: 3 } })
    await app.rules(community.slug, rules)
    const { token } = await app.member(community.slug)
    const review = {
      title: 'Worst money I ever spent',
      body: text(
        'Trimly is a waste of money and Northwind should be ashamed. Terrible results, awful cramps and oily ' +
          'spotting every day, and I lost nothing in six weeks. I regret buying it, would not recommend it to ' +
          'anyone, and I want a refund. Es una estafa, el peor producto que he probado.',
      ),
    }
    const res = await app.post(community.slug, token, review)
    expect(res.body).toMatchObject({ status: 'published', statusReason: null, reasons: [] })
    expect(await app(`/v1/posts/${community.slug}/${res.body.id}`)).toMatchObject({
      status: 200,
      body: { title: review.title, body: review.body },
    })
  })

  it('does not apply to staff who speak for the company', async () => {
    const community = await app.community()
    await app.rules(community.slug, rules)
    const expert = await app.staff(community.slug, ['expert'])
    const res = await app.post(
      community.slug,
      expert.token,
      text('Never take a doble dosis; see https://a.example https://b.example https://c.example'),
    )
    expect(res.body.status).toBe('published')
  })
})

describe('link limit', () => {
  it('publishes up to the limit and holds beyond it, counting links the privacy filter may hide', async () => {
    const community = await app.community()
    await app.rules(community.slug, { maxLinks: 1 })
    const { token } = await app.member(community.slug)
    const one = await app.post(community.slug, token, text('Label at https://northwind.example/label'))
    expect(one.body.status).toBe('published')
    const two = await app.post(
      community.slug,
      token,
      text('Deals at cheap-pills.shop and www.meds.example.com'),
    )
    expect(two.body).toMatchObject({
      status: 'pending',
      statusReason: 'too_many_links',
      reasons: [
        {
          hook: 'moderation.links',
          code: 'too_many_links',
          message: '2 links; this community allows 1 per post without review.',
        },
      ],
    })
  })
})

describe('repeat posts', () => {
  it('rejects a member’s repeat of their own recent post, ignoring case, spacing and punctuation', async () => {
    const community = await app.community()
    const { token } = await app.member(community.slug)
    const body = text('Has anyone tried taking it with dinner instead of lunch')
    expect((await app.post(community.slug, token, body)).body.status).toBe('published')
    const again = await app.post(community.slug, token, `  ${body.toUpperCase()}!!  `)
    expect(again.body).toMatchObject({
      status: 'rejected',
      statusReason: 'spam_repeat',
      reasons: [{ hook: 'moderation.repeat', code: 'spam_repeat', verdict: 'reject' }],
    })
  })

  it('holds instead when the community sets the repeat action to hold', async () => {
    const community = await app.community()
    await app.rules(community.slug, { repeat: { windowMinutes: 60, action: 'hold' } })
    const { token } = await app.member(community.slug)
    const body = text('Has anyone tried taking it with dinner instead of lunch')
    await app.post(community.slug, token, body)
    expect((await app.post(community.slug, token, body)).body).toMatchObject({
      status: 'pending',
      statusReason: 'spam_repeat',
    })
  })

  it('holds the same long text sent by several members (a spam ring), but not short common replies', async () => {
    const community = await app.community()
    const a = await app.member(community.slug)
    const b = await app.member(community.slug)
    const spam = text('Lose 20 pounds in a week with this one trick, message me for the details')
    expect((await app.post(community.slug, a.token, spam)).body.status).toBe('published')
    expect((await app.post(community.slug, b.token, spam)).body).toMatchObject({
      status: 'pending',
      reasons: [
        {
          code: 'spam_repeat',
          verdict: 'hold',
          message: 'Same text as posts by 1 other member(s) in the last 24 h.',
        },
      ],
    })
    expect((await app.post(community.slug, a.token, 'Thank you so much!')).body.status).toBe('published')
    expect((await app.post(community.slug, b.token, 'Thank you so much!')).body.status).toBe('published')
  })

  it('forgets posts older than the window', async () => {
    const clock = { now: Date.now() }
    const timed = moderationApp(clock)
    const community = await timed.community()
    await timed.rules(community.slug, { repeat: { windowMinutes: 10, action: 'reject' } })
    const { token } = await timed.member(community.slug)
    const body = text('Week three update: steady progress and fewer cravings')
    await timed.post(community.slug, token, body)
    clock.now += 11 * 60_000
    expect((await timed.post(community.slug, token, body)).body.status).toBe('published')
  })
})
