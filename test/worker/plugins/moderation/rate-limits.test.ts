import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { moderationApp, text } from './helpers'

async function stored(authorId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM content WHERE author_id = ?1) AS content,
            (SELECT COUNT(*) FROM content_versions v JOIN content c ON c.id = v.content_id WHERE c.author_id = ?1) AS versions,
            (SELECT COUNT(*) FROM test_posts WHERE author_id = ?1) AS posts,
            (SELECT COUNT(*) FROM moderation_activity WHERE author_id = ?1) AS activity`,
  )
    .bind(authorId)
    .first<{ content: number; versions: number; posts: number; activity: number }>()
  return row
}

describe('rate limits', () => {
  it('refuses a member’s post over the per-minute limit with 429, Retry-After, and nothing stored', async () => {
    const clock = { now: Date.UTC(2026, 5, 1, 12, 0, 0) }
    const app = moderationApp(clock)
    const community = await app.community()
    await app.rules(community.slug, { rateLimits: { memberPerMinute: 3, memberPerHour: 100 } })
    const { token, member } = await app.member(community.slug)
    for (let i = 0; i < 3; i++) {
      expect((await app.post(community.slug, token, text(`Update ${i}`))).status).toBe(201)
      clock.now += 10_000
    }
    // Posts at 0 s, 10 s and 20 s; now 30 s: the first leaves the window at 60 s.
    const refused = await app.post(community.slug, token, text('One more'))
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(refused.body.error).toEqual({
      code: 'rate_limited',
      message: 'Too many requests; try again later.',
      details: { limit: 'member_per_minute', max: 3, retryAfterSeconds: 30 },
    })
    expect(await stored(member.id)).toEqual({ content: 3, versions: 3, posts: 3, activity: 3 })
    clock.now += 30_000
    expect((await app.post(community.slug, token, text('Allowed again'))).status).toBe(201)
  })

  it('applies the hourly limit too, answering the longer wait', async () => {
    const clock = { now: Date.UTC(2026, 5, 2, 12, 0, 0) }
    const app = moderationApp(clock)
    const community = await app.community()
    await app.rules(community.slug, { rateLimits: { memberPerMinute: 10, memberPerHour: 2 } })
    const { token } = await app.member(community.slug)
    await app.post(community.slug, token, text('First'))
    clock.now += 20 * 60_000
    await app.post(community.slug, token, text('Second'))
    clock.now += 60_000
    const refused = await app.post(community.slug, token, text('Third'))
    expect(refused.status).toBe(429)
    expect(refused.body.error.details).toEqual({
      limit: 'member_per_hour',
      max: 2,
      retryAfterSeconds: 39 * 60,
    })
    expect(refused.headers.get('retry-after')).toBe(String(39 * 60))
  })

  it('limits posts per IP address across members, and not across addresses', async () => {
    const clock = { now: Date.UTC(2026, 5, 3, 12, 0, 0) }
    const app = moderationApp(clock)
    const community = await app.community()
    await app.rules(community.slug, { rateLimits: { memberPerMinute: 5, ipPerMinute: 2, ipPerHour: 50 } })
    const ip = { 'cf-connecting-ip': '203.0.113.7' }
    const members = [
      await app.member(community.slug),
      await app.member(community.slug),
      await app.member(community.slug),
    ]
    expect((await app.post(community.slug, members[0]!.token, text('From the clinic'), ip)).status).toBe(201)
    expect((await app.post(community.slug, members[1]!.token, text('Also from the clinic'), ip)).status).toBe(
      201,
    )
    const refused = await app.post(community.slug, members[2]!.token, text('Third at the clinic'), ip)
    expect(refused.status).toBe(429)
    expect(refused.body.error.details).toEqual({ limit: 'ip_per_minute', max: 2, retryAfterSeconds: 60 })
    const elsewhere = await app.post(community.slug, members[2]!.token, text('From home'), {
      'cf-connecting-ip': '198.51.100.20',
    })
    expect(elsewhere.status).toBe(201)
  })

  it('keeps only a salted hash of the IP address', async () => {
    const app = moderationApp()
    const community = await app.community()
    const { token, member } = await app.member(community.slug)
    await app.post(community.slug, token, text('Hello'), { 'cf-connecting-ip': '192.0.2.44' })
    const row = await env.DB.prepare('SELECT ip_hash FROM moderation_activity WHERE author_id = ?1')
      .bind(member.id)
      .first<{ ip_hash: string }>()
    expect(row?.ip_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(row?.ip_hash).not.toContain('192.0.2.44')
  })

  it('does not limit staff who speak for the company', async () => {
    const clock = { now: Date.UTC(2026, 5, 4, 12, 0, 0) }
    const app = moderationApp(clock)
    const community = await app.community()
    await app.rules(community.slug, { rateLimits: { memberPerMinute: 1 } })
    const expert = await app.staff(community.slug, ['expert'])
    for (let i = 0; i < 3; i++)
      expect((await app.post(community.slug, expert.token, text(`Answer ${i}`))).status).toBe(201)
  })

  it('counts a replayed request (same Idempotency-Key) once', async () => {
    const clock = { now: Date.UTC(2026, 5, 5, 12, 0, 0) }
    const app = moderationApp(clock)
    const community = await app.community()
    await app.rules(community.slug, { rateLimits: { memberPerMinute: 1 } })
    const { token } = await app.member(community.slug)
    const headers = { 'idempotency-key': 'moderation-retry-01' }
    const body = text('Sent on a shaky connection')
    const first = await app.post(community.slug, token, body, headers)
    const retry = await app.post(community.slug, token, body, headers)
    expect(retry.status).toBe(201)
    expect(retry.body.id).toBe(first.body.id)
  })
})
