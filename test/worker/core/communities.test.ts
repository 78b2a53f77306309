import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, communityInput, createCommunity, staffMember } from '../../helpers/api'

describe('communities', () => {
  it('creates a community with defaults filled in and answers the admin view', async () => {
    const input = communityInput({ ssoSecret: 's'.repeat(40) })
    const res = await api('/v1/communities', { body: input, token: ADMIN_TOKEN })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      slug: input.slug,
      accessMode: 'open',
      moderation: { mode: 'post', firstN: 3 },
      joinMethods: ['sso', 'invite', 'open'],
      sso: { hasSecret: true },
      terms: { version: '1' },
      defaultLocale: 'en',
    })
    expect(JSON.stringify(res.body)).not.toContain('s'.repeat(40))
  })

  it('answers the public view without embed origins, moderation or SSO settings', async () => {
    const community = await createCommunity({ ssoSecret: 'x'.repeat(40) })
    const res = await api(`/v1/communities/${community.slug}`)
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual([
      'accessMode',
      'defaultLocale',
      'hco',
      'joinMethods',
      'locales',
      'name',
      'plugins',
      'product',
      'slug',
      'terms',
    ])
    expect(res.body.product.importantSafetyInformation).toBe(
      'Do not use if you have had an organ transplant.',
    )
  })

  it('refuses a taken slug with 409 slug_taken', async () => {
    const community = await createCommunity()
    const res = await api('/v1/communities', {
      body: communityInput({ slug: community.slug }),
      token: ADMIN_TOKEN,
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('slug_taken')
  })

  it('refuses invalid settings with 422 naming each field', async () => {
    const res = await api('/v1/communities', {
      body: communityInput({
        slug: 'Bad Slug',
        embedOrigins: ['https://x.example/path'],
        product: { kind: 'pill' },
      }),
      token: ADMIN_TOKEN,
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('validation_failed')
    const paths = res.body.error.details.fields.map((f: { path: string }) => f.path).sort()
    expect(paths).toEqual(['embedOrigins.0', 'product.kind', 'product.name', 'slug'])
  })

  it('refuses a default locale the community does not offer', async () => {
    const res = await api('/v1/communities', {
      body: communityInput({ locales: ['en'], defaultLocale: 'es' }),
      token: ADMIN_TOKEN,
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('locale_not_offered')
  })

  it('refuses switching on a plugin that does not exist', async () => {
    const community = await createCommunity()
    const res = await api(`/v1/communities/${community.slug}`, {
      method: 'PATCH',
      body: { plugins: ['nope'] },
      token: ADMIN_TOKEN,
    })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({ code: 'unknown_plugin', details: { unknown: ['nope'] } })
  })

  it('lets a community admin change settings, keeps the SSO secret write-only, and audits the change', async () => {
    const community = await createCommunity()
    const admin = await staffMember(community.slug, ['admin'])
    const res = await api(`/v1/communities/${community.slug}`, {
      method: 'PATCH',
      body: { moderation: { mode: 'first_n', firstN: 2 }, ssoSecret: 'k'.repeat(48) },
      token: admin.token,
    })
    expect(res.status).toBe(200)
    expect(res.body.moderation).toEqual({ mode: 'first_n', firstN: 2 })
    expect(res.body.sso.hasSecret).toBe(true)
    const row = await env.DB.prepare('SELECT sso_secret FROM communities WHERE slug = ?1')
      .bind(community.slug)
      .first()
    expect(row?.sso_secret).toBe('k'.repeat(48))
    const audit = await api(`/v1/audit/${community.slug}?action=community.update`, { token: admin.token })
    expect(audit.body.entries).toHaveLength(1)
    expect(audit.body.entries[0]).toMatchObject({
      actorId: admin.member.id,
      action: 'community.update',
      before: { moderation: { mode: 'post', firstN: 3 } },
      after: { moderation: { mode: 'first_n', firstN: 2 }, ssoSecretChanged: true },
    })
    expect(JSON.stringify(audit.body)).not.toContain('k'.repeat(48))
  })

  it('lists all communities for the platform admin only', async () => {
    const community = await createCommunity()
    const res = await api('/v1/communities', { token: ADMIN_TOKEN })
    expect(res.status).toBe(200)
    expect(res.body.communities.map((c: { slug: string }) => c.slug)).toContain(community.slug)
    const member = await staffMember(community.slug, ['admin'])
    expect((await api('/v1/communities', { token: member.token })).status).toBe(403)
  })
})

describe('audit log', () => {
  it('cannot be changed or deleted, even with direct SQL', async () => {
    const community = await createCommunity()
    const row = await env.DB.prepare('SELECT id FROM audit_log WHERE community_id = ?1')
      .bind(community.id)
      .first()
    await expect(
      env.DB.prepare('UPDATE audit_log SET action = ?1 WHERE id = ?2').bind('x', row?.id).run(),
    ).rejects.toThrow(/append-only/)
    await expect(env.DB.prepare('DELETE FROM audit_log WHERE id = ?1').bind(row?.id).run()).rejects.toThrow(
      /append-only/,
    )
  })

  it('exports every entry as NDJSON', async () => {
    const community = await createCommunity()
    await staffMember(community.slug, ['moderator'])
    const res = await api(`/v1/audit/${community.slug}/export`, { token: ADMIN_TOKEN })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/x-ndjson')
    const lines = String(res.body)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.action)).toEqual(['member.access', 'community.create'])
  })
})

describe('community settings patch', () => {
  it('changes only the keys it sends (no defaults re-applied)', async () => {
    const community = await createCommunity({ accessMode: 'open', moderation: { mode: 'pre', firstN: 3 } })
    const res = await api(`/v1/communities/${community.slug}`, {
      method: 'PATCH',
      body: { name: 'Renamed' },
      token: ADMIN_TOKEN,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Renamed', accessMode: 'open', moderation: { mode: 'pre' } })
  })
})

describe('public community caching', () => {
  it('answers with an ETag and 304 when it has not changed', async () => {
    const community = await createCommunity()
    const first = await api(`/v1/communities/${community.slug}`)
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^(W\/)?"/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const again = await api(`/v1/communities/${community.slug}`, { headers: { 'if-none-match': tag! } })
    expect(again.status).toBe(304)
  })
})
