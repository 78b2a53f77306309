import { env } from 'cloudflare:test'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen } from '../../helpers/api'

const consent = { termsVersion: '1', healthData: true }
const SECRET = 'a-shared-sso-secret-that-is-long-enough-123'

async function ssoToken(
  audience: string,
  options: { secret?: string; subject?: string; expiresIn?: number; issuedAt?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({ email: 'pat@example.com', name: 'Pat Example' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? 'portal-user-1')
    .setAudience(audience)
    .setIssuedAt(options.issuedAt ?? now)
    .setExpirationTime((options.issuedAt ?? now) + (options.expiresIn ?? 300))
    .sign(new TextEncoder().encode(options.secret ?? SECRET))
}

async function createInvite(slug: string, body: Record<string, unknown> = {}) {
  const res = await api(`/v1/members/${slug}/invites`, {
    body: { cohort: 'launch-1', badges: ['invited', 'free_product'], ...body },
    token: ADMIN_TOKEN,
  })
  expect(res.status).toBe(201)
  return res.body.invites[0].code as string
}

describe('joining', () => {
  it('joins an open community with a chosen pseudonym and records both consents', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Calm Otter', email: 'otter@example.com', consent },
    })
    expect(res.status).toBe(201)
    expect(res.body.token).toMatch(/^ccs_[A-Za-z0-9_-]{43}$/)
    expect(res.body.member).toMatchObject({
      pseudonym: 'Calm Otter',
      email: 'otter@example.com',
      roles: [],
      badges: [],
      joinedVia: 'open',
      consents: [
        { kind: 'terms', version: '1' },
        { kind: 'health_data', version: '1' },
      ],
    })
  })

  it('refuses open sign-up in an invite-only community', async () => {
    const community = await createCommunity({ accessMode: 'invite_only' })
    const res = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Someone', consent },
    })
    expect(res.status).toBe(403)
    expect(res.body.error).toMatchObject({ code: 'join_method_not_allowed', details: { method: 'open' } })
  })

  it('refuses joining without health-data consent or with outdated terms', async () => {
    const community = await createCommunity()
    const noConsent = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Someone', consent: { termsVersion: '1', healthData: false } },
    })
    expect(noConsent.status).toBe(422)
    expect(noConsent.body.error.details.fields[0].path).toBe('consent.healthData')
    const old = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Someone', consent: { termsVersion: '0', healthData: true } },
    })
    expect(old.status).toBe(422)
    expect(old.body.error).toMatchObject({ code: 'terms_version_mismatch', details: { current: '1' } })
  })

  it('refuses a taken pseudonym (any case) and a pseudonym that carries a phone number', async () => {
    const community = await createCommunity()
    await joinOpen(community.slug, 'Steady Heron')
    const taken = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'steady heron', consent },
    })
    expect(taken.status).toBe(409)
    expect(taken.body.error.code).toBe('pseudonym_taken')
    const phone = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Pat 5551234567', consent },
    })
    expect(phone.status).toBe(422)
  })

  it('joins with an invite code (any case and spacing), taking its cohort and disclosure badges', async () => {
    const community = await createCommunity({ accessMode: 'invite_only' })
    const code = await createInvite(community.slug)
    const res = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'invite', code: ` ${code.toLowerCase().replaceAll('-', ' ')} `, consent },
    })
    expect(res.status).toBe(201)
    expect(res.body.member).toMatchObject({
      joinedVia: 'invite',
      cohort: 'launch-1',
      badges: [
        { code: 'invited', label: 'Invited participant' },
        { code: 'free_product', label: 'Received product at no cost' },
      ],
    })
    expect(res.body.member.pseudonym).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d{2}$/)
  })

  it('refuses a used-up invite, an unknown code, and another community’s code', async () => {
    const community = await createCommunity({ accessMode: 'invite_only' })
    const other = await createCommunity({ accessMode: 'invite_only' })
    const code = await createInvite(community.slug, { maxUses: 1 })
    const join = (slug: string, c: string) =>
      api(`/v1/members/${slug}/join`, { body: { method: 'invite', code: c, consent } })
    expect((await join(community.slug, code)).status).toBe(201)
    const again = await join(community.slug, code)
    expect(again.status).toBe(403)
    expect(again.body.error.code).toBe('invite_expired')
    expect((await join(community.slug, 'AAAA-BBBB-CCCC')).body.error.code).toBe('invite_invalid')
    const otherCode = await createInvite(other.slug)
    expect((await join(community.slug, otherCode)).body.error.code).toBe('invite_invalid')
  })

  it('lists invites without their codes', async () => {
    const community = await createCommunity()
    const code = await createInvite(community.slug, { count: 3 })
    const res = await api(`/v1/members/${community.slug}/invites`, { token: ADMIN_TOKEN })
    expect(res.body.invites).toHaveLength(3)
    expect(JSON.stringify(res.body)).not.toContain(code)
    expect(res.body.invites[0]).toMatchObject({ cohort: 'launch-1', maxUses: 1, uses: 0 })
  })
})

describe('SSO', () => {
  async function ssoCommunity() {
    return createCommunity({ accessMode: 'invite_only', ssoSecret: SECRET })
  }
  const join = (slug: string, token: string) =>
    api(`/v1/members/${slug}/join`, { body: { method: 'sso', token, consent } })

  it('joins with a valid token, then signs the same person in again as the same member', async () => {
    const community = await ssoCommunity()
    const first = await join(community.slug, await ssoToken(`cocreate:${community.slug}`))
    expect(first.status).toBe(201)
    expect(first.body.member).toMatchObject({ joinedVia: 'sso', email: 'pat@example.com' })
    const second = await join(community.slug, await ssoToken(`cocreate:${community.slug}`))
    expect(second.status).toBe(200)
    expect(second.body.member.id).toBe(first.body.member.id)
    expect(second.body.token).not.toBe(first.body.token)
  })

  it.each([
    [
      'a bad signature',
      (slug: string) => ssoToken(`cocreate:${slug}`, { secret: 'another-secret-of-sufficient-length-0000' }),
      'signature',
    ],
    ['the wrong audience', () => ssoToken('cocreate:some-other-community'), 'claim:aud'],
    [
      'an expired token',
      (slug: string) =>
        ssoToken(`cocreate:${slug}`, { issuedAt: Math.floor(Date.now() / 1000) - 600, expiresIn: 60 }),
      'expired',
    ],
    ['garbage', () => Promise.resolve('not.a.jwt-at-all'), 'malformed'],
  ])('refuses %s with 401 sso_token_invalid', async (_name, make, reason) => {
    const community = await ssoCommunity()
    const res = await join(community.slug, await make(community.slug))
    expect(res.status).toBe(401)
    expect(res.body.error).toEqual({
      code: 'sso_token_invalid',
      message: 'The sign-in token from your provider is not valid.',
      details: { reason },
    })
  })

  it('refuses SSO where the community has not configured it', async () => {
    const community = await createCommunity()
    const res = await join(community.slug, await ssoToken(`cocreate:${community.slug}`))
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('join_method_not_allowed')
  })
})

describe('sessions', () => {
  it('signs out: the revoked token is refused', async () => {
    const community = await createCommunity()
    const { token } = await joinOpen(community.slug)
    expect((await api(`/v1/members/${community.slug}/me`, { token })).status).toBe(200)
    expect((await api(`/v1/members/${community.slug}/session`, { method: 'DELETE', token })).status).toBe(204)
    const after = await api(`/v1/members/${community.slug}/me`, { token })
    expect(after.status).toBe(401)
    expect(after.body.error).toMatchObject({ code: 'unauthenticated', details: { reason: 'revoked' } })
  })

  it('signs out everywhere: every session of the member is refused', async () => {
    const community = await createCommunity({ ssoSecret: SECRET })
    const first = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'sso', token: await ssoToken(`cocreate:${community.slug}`), consent },
    })
    const second = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'sso', token: await ssoToken(`cocreate:${community.slug}`), consent },
    })
    await api(`/v1/members/${community.slug}/sessions`, { method: 'DELETE', token: second.body.token })
    expect((await api(`/v1/members/${community.slug}/me`, { token: first.body.token })).status).toBe(401)
  })

  it('refuses an expired session with 401 session_expired', async () => {
    const community = await createCommunity()
    const { token, member } = await joinOpen(community.slug)
    await env.DB.prepare('UPDATE sessions SET expires_at = ?1 WHERE member_id = ?2')
      .bind(Date.now() - 1, member.id)
      .run()
    const res = await api(`/v1/members/${community.slug}/me`, { token })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('session_expired')
  })

  it('stores only a hash of the session token', async () => {
    const community = await createCommunity()
    const { token, member } = await joinOpen(community.slug)
    const row = await env.DB.prepare('SELECT token_hash FROM sessions WHERE member_id = ?1')
      .bind(member.id)
      .first()
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/)
    const all = await env.DB.prepare('SELECT * FROM sessions').all()
    expect(JSON.stringify(all.results)).not.toContain(token)
  })
})

describe('member views', () => {
  it('never shows email or SSO subject publicly, and shows badges including the staff disclosure', async () => {
    const community = await createCommunity({ ssoSecret: SECRET })
    const joined = await api(`/v1/members/${community.slug}/join`, {
      body: {
        method: 'sso',
        token: await ssoToken(`cocreate:${community.slug}`, { subject: 'secret-subject-77' }),
        consent,
      },
    })
    const id = joined.body.member.id
    await api(`/v1/members/${community.slug}/${id}/access`, {
      method: 'PUT',
      body: { roles: ['expert'], badges: ['employee'] },
      token: ADMIN_TOKEN,
    })
    const res = await api(`/v1/members/${community.slug}/${id}?locale=es`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      id,
      pseudonym: joined.body.member.pseudonym,
      badges: [
        { code: 'employee', label: 'Trabaja para Northwind Health' },
        { code: 'hco_staff', label: 'Habla en nombre de Northwind Health' },
      ],
      joinedAt: joined.body.member.joinedAt,
    })
    const text = JSON.stringify(res.body)
    expect(text).not.toContain('pat@example.com')
    expect(text).not.toContain('secret-subject-77')
    const list = await api(`/v1/members/${community.slug}`, { token: ADMIN_TOKEN })
    expect(JSON.stringify(list.body)).not.toContain('pat@example.com')
    expect(JSON.stringify(list.body)).not.toContain('secret-subject-77')
  })

  it('pages through the member list without gaps or repeats', async () => {
    const community = await createCommunity()
    for (let i = 0; i < 5; i++) await joinOpen(community.slug)
    const seen: string[] = []
    let next: string | null = null
    do {
      const res: { body: { members: { id: string }[]; next: string | null } } = await api(
        `/v1/members/${community.slug}?limit=2${next ? `&after=${next}` : ''}`,
        { token: ADMIN_TOKEN },
      )
      seen.push(...res.body.members.map((m) => m.id))
      next = res.body.next
    } while (next)
    expect(seen).toHaveLength(5)
    expect(new Set(seen).size).toBe(5)
  })
})
