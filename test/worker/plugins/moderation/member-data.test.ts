import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import {
  eraseMemberModeration,
  exportMemberModeration,
} from '../../../../worker/plugins/moderation/member-data'
import { moderationApp, text } from './helpers'

const app = moderationApp()

describe('privacy rights over moderation data', () => {
  it('adds the reports a member filed to their data export, and erases the notes when they delete their account', async () => {
    const community = await app.community()
    const author = await app.member(community.slug)
    const reporter = await app.member(community.slug)
    const post = await app.post(community.slug, author.token, text('Buy my shakes instead'))
    await app(`/v1/moderation/${community.slug}/reports`, {
      body: { contentId: post.body.id, reason: 'commercial', note: 'Selling shakes' },
      token: reporter.token,
    })
    const exported = await app(`/v1/members/${community.slug}/me/export`, { token: reporter.token })
    expect(exported.body.plugins.moderation.reportsFiled).toEqual([
      expect.objectContaining({ contentId: post.body.id, reason: 'commercial', note: 'Selling shakes' }),
    ])
    expect(
      (await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token: reporter.token })).status,
    ).toBe(204)
    const note = await env.DB.prepare('SELECT note FROM moderation_reports WHERE reporter_id = ?1')
      .bind(reporter.member.id)
      .first()
    expect(note).toEqual({ note: null })
  })

  it('exports the reports a member filed and erases their notes and hashed IPs, keeping the counts', async () => {
    const community = await app.community()
    const author = await app.member(community.slug)
    const reporter = await app.member(community.slug)
    const post = await app.post(community.slug, author.token, text('Buy my shakes instead'))
    await app(`/v1/moderation/${community.slug}/reports`, {
      body: {
        contentId: post.body.id,
        reason: 'commercial',
        note: 'Selling shakes, I saw it on my feed too',
      },
      token: reporter.token,
    })
    await app.post(community.slug, reporter.token, text('My own post'), {
      'cf-connecting-ip': '198.51.100.7',
    })
    const exported = await exportMemberModeration(env.DB, community.id, reporter.member.id)
    expect(exported).toEqual({
      reportsFiled: [
        expect.objectContaining({
          contentId: post.body.id,
          reason: 'commercial',
          note: 'Selling shakes, I saw it on my feed too',
          state: 'open',
          resolvedAt: null,
        }),
      ],
    })
    await env.DB.batch(eraseMemberModeration(env.DB, community.id, reporter.member.id))
    expect(
      (await exportMemberModeration(env.DB, community.id, reporter.member.id)).reportsFiled[0],
    ).toMatchObject({
      reason: 'commercial',
      note: null,
    })
    const ips = await env.DB.prepare('SELECT ip_hash FROM moderation_activity WHERE author_id = ?1')
      .bind(reporter.member.id)
      .all()
    expect(ips.results).toEqual([{ ip_hash: null }])
  })
})
