import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen } from '../../helpers/api'

const ALLOWED = 'https://www.northwind.example'

describe('CORS per community', () => {
  it('answers a preflight from an allowed embed origin', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/join`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    expect(res.headers.get('access-control-allow-headers')).toContain('Idempotency-Key')
  })

  it('lets an allowed origin read answers, errors included', async () => {
    const community = await createCommunity()
    const ok = await api(`/v1/communities/${community.slug}`, { headers: { origin: ALLOWED } })
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(ok.headers.get('vary')).toContain('Origin')
    const err = await api(`/v1/members/${community.slug}/me`, { headers: { origin: ALLOWED } })
    expect(err.status).toBe(401)
    expect(err.headers.get('access-control-allow-origin')).toBe(ALLOWED)
  })

  it('refuses an origin that is not on the list, for preflights and for requests', async () => {
    const community = await createCommunity()
    const evil = 'https://evil.example'
    const preflight = await api(`/v1/members/${community.slug}/join`, {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const post = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'Sneaky', consent: { termsVersion: '1', healthData: true } },
      headers: { origin: evil },
    })
    expect(post.status).toBe(403)
    expect(post.body.error).toEqual({
      code: 'origin_not_allowed',
      message: 'This site is not allowed to embed this community.',
      details: { origin: evil },
    })
  })

  it('treats one community’s allowed origin as foreign to another community', async () => {
    const other = await createCommunity({ embedOrigins: ['https://other.example'] })
    const res = await api(`/v1/communities/${other.slug}`, { headers: { origin: ALLOWED } })
    expect(res.status).toBe(403)
  })
})

describe('error model', () => {
  it('answers malformed JSON with 400 malformed_request', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/join`, { body: '{"method": ' })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('malformed_request')
  })

  it('answers a non-JSON body with 415 unsupported_media_type', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/join`, {
      body: 'method=open',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(415)
    expect(res.body.error.code).toBe('unsupported_media_type')
  })

  it('answers a body over 64 KiB with 413 payload_too_large', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'x'.repeat(70_000) },
    })
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('payload_too_large')
  })

  it('answers a bad query parameter with 400 invalid_request naming it', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}?limit=0`, { token: ADMIN_TOKEN })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({
      code: 'invalid_request',
      details: { location: 'query', fields: [{ path: 'limit' }] },
    })
  })

  it('answers unknown paths, communities and members with 404 and their codes', async () => {
    expect((await api('/v1/nothing-here')).body.error.code).toBe('not_found')
    expect((await api('/v1/communities/no-such-community')).body.error.code).toBe('community_not_found')
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/mem_0000000000000000000000`)
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('member_not_found')
  })

  it('answers a malformed bearer token with 401 and never 500', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/members/${community.slug}/me`, { token: 'ccs_not-a-real-token' })
    expect(res.status).toBe(401)
    expect(res.body.error).toMatchObject({ code: 'unauthenticated', details: { reason: 'unknown_session' } })
  })
})

describe('headers', () => {
  it('sets a request id and strict security headers on every answer', async () => {
    const res = await api('/v1/communities/whatever-slug')
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('roles', () => {
  it('answers a member without the required role with 403 forbidden, naming the roles', async () => {
    const community = await createCommunity()
    const { token } = await joinOpen(community.slug)
    const res = await api(`/v1/audit/${community.slug}`, { token })
    expect(res.status).toBe(403)
    expect(res.body.error).toEqual({
      code: 'forbidden',
      message: 'You do not have permission to do this.',
      details: { requiredRoles: ['admin'] },
    })
  })
})

describe('tenancy', () => {
  it('refuses one community’s session at another community', async () => {
    const a = await createCommunity()
    const b = await createCommunity()
    const { token } = await joinOpen(a.slug)
    const res = await api(`/v1/members/${b.slug}/me`, { token })
    expect(res.status).toBe(401)
  })

  it('does not let a community admin administer another community', async () => {
    const a = await createCommunity()
    const b = await createCommunity()
    const { token, member } = await joinOpen(a.slug)
    await api(`/v1/members/${a.slug}/${member.id}/access`, {
      method: 'PUT',
      body: { roles: ['admin'], badges: [] },
      token: ADMIN_TOKEN,
    })
    expect((await api(`/v1/communities/${a.slug}/settings`, { token })).status).toBe(200)
    expect((await api(`/v1/communities/${b.slug}/settings`, { token })).status).toBe(401)
    expect(
      (await api(`/v1/communities/${b.slug}`, { method: 'PATCH', body: { name: 'pwned' }, token })).status,
    ).toBe(401)
  })

  it('never shows a member through another community’s slug', async () => {
    const a = await createCommunity()
    const b = await createCommunity()
    const { member } = await joinOpen(a.slug)
    expect((await api(`/v1/members/${b.slug}/${member.id}`)).status).toBe(404)
    const list = await api(`/v1/members/${b.slug}`, { token: ADMIN_TOKEN })
    expect(list.body.members.map((m: { id: string }) => m.id)).not.toContain(member.id)
  })
})
