import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, staffMember } from '../../../helpers/api'
import { joinMember, safetyCommunity } from '../safety/fixtures'
import { safetyApp } from '../safety/posts-app'

const app = safetyApp()

async function setup() {
  const community = await safetyCommunity()
  const author = await joinMember(app, community.slug, { email: 'pat@example.com' })
  return { community, author }
}

async function post(slug: string, token: string, body: string, extra: Record<string, unknown> = {}) {
  const res = await app(`/v1/posts/${slug}`, { body: { body, ...extra }, token })
  expect(res.status).toBe(201)
  return res.body as {
    id: string
    status: string
    fields: Record<string, string>
    flags: string[]
    reasons: any[]
  }
}

describe('redaction in the content pipeline', () => {
  it('publishes markers instead of identifiers, flags the types and keeps the verbatim original', async () => {
    const { community, author } = await setup()
    const text = 'Email me at pat@example.com or call 555-123-4567. My doctor Dr. Patel agreed.'
    const stored = await post(community.slug, author.token, text, { title: 'Week 2 update' })
    expect(stored.status).toBe('published')
    expect(stored.fields).toEqual({
      title: 'Week 2 update',
      body: 'Email me at [email removed] or call [phone removed]. My doctor Dr. [name removed] agreed.',
    })
    expect(stored.flags).toEqual([
      'pii_redacted',
      'pii_redacted:email',
      'pii_redacted:name',
      'pii_redacted:phone',
    ])
    const reason = stored.reasons.find((r) => r.code === 'pii_redacted')
    expect(reason).toMatchObject({ hook: 'privacy.redact', verdict: 'publish' })
    expect(reason.message).toContain('email addresses, names, phone numbers')
    expect(reason.message).not.toContain('555')

    const safety = await staffMember(community.slug, ['safety'])
    const originals = await app(`/v1/privacy/${community.slug}/content/${stored.id}/originals`, {
      token: safety.token,
    })
    expect(originals.status).toBe(200)
    expect(originals.headers.get('cache-control')).toBe('no-store')
    expect(originals.body.versions).toEqual([
      {
        version: 1,
        editorKind: 'author',
        editorId: author.member.id,
        original: { title: 'Week 2 update', body: text },
        public: stored.fields,
        redacted: ['email', 'name', 'phone'],
        erased: false,
        createdAt: expect.any(String),
      },
    ])
  })

  it('uses Spanish markers for a Spanish post', async () => {
    const { community, author } = await setup()
    const stored = await post(community.slug, author.token, 'Me llamo Ana Pérez, llámame al 612 34 56 78', {
      locale: 'es',
    })
    expect(stored.fields.body).toBe('Me llamo [nombre eliminado], llámame al [teléfono eliminado]')
  })

  it("never redacts members' pseudonyms, the product, or the community's keep-terms", async () => {
    const { community, author } = await setup()
    await joinMember(app, community.slug, { pseudonym: 'Nurse Amara' })
    await joinMember(app, community.slug, { pseudonym: 'Calm Otter' })
    const put = await app(`/v1/privacy/${community.slug}/settings`, {
      method: 'PUT',
      body: { keepTerms: ['Nova'] },
      token: ADMIN_TOKEN,
    })
    expect(put.status).toBe(200)
    const text = 'Nurse Amara answered me, my friend Calm Otter too, and my coach Nova. Dr. Trimly is a joke.'
    const stored = await post(community.slug, author.token, text)
    expect(stored.fields.body).toBe(text)
    expect(stored.flags).toEqual([])
    // Another nurse, who is not a member, is still redacted.
    const other = await post(community.slug, author.token, 'Nurse Bianca answered me')
    expect(other.fields.body).toBe('Nurse [name removed] answered me')
  })

  it('leaves company staff text alone: the medical information line must stay readable', async () => {
    const { community } = await setup()
    const expert = await staffMember(community.slug, ['expert'])
    const text =
      'Please call our medical information line at 1-800-555-0142 or write to medinfo@northwind.example.'
    const stored = await post(community.slug, expert.token, text)
    expect(stored.fields.body).toBe(text)
    expect(stored.flags).toEqual([])
  })

  it('redacts an edit again and keeps both originals', async () => {
    const { community, author } = await setup()
    const first = await post(community.slug, author.token, 'Day 1 going fine')
    const edit = await app(`/v1/posts/${community.slug}/${first.id}`, {
      method: 'PUT',
      body: { body: 'Day 1 going fine, text me at 555-222-3333' },
      token: author.token,
    })
    expect(edit.body.fields.body).toBe('Day 1 going fine, text me at [phone removed]')
    const moderator = await staffMember(community.slug, ['moderator'])
    const originals = await app(`/v1/privacy/${community.slug}/content/${first.id}/originals`, {
      token: moderator.token,
    })
    expect(originals.body.versions.map((v: any) => [v.version, v.original.body, v.redacted])).toEqual([
      [1, 'Day 1 going fine', []],
      [2, 'Day 1 going fine, text me at 555-222-3333', ['phone']],
    ])
  })
})

describe('the restricted originals', () => {
  it('records every read in the audit log, without the text', async () => {
    const { community, author } = await setup()
    const stored = await post(community.slug, author.token, 'call 555-123-4567')
    const safety = await staffMember(community.slug, ['safety'])
    await app(`/v1/privacy/${community.slug}/content/${stored.id}/originals`, { token: safety.token })
    await app(`/v1/privacy/${community.slug}/content/${stored.id}/originals`, { token: safety.token })
    const log = await api(`/v1/audit/${community.slug}?action=privacy.original.read`, { token: ADMIN_TOKEN })
    expect(log.body.entries).toHaveLength(2)
    expect(log.body.entries[0]).toMatchObject({
      actorId: safety.member.id,
      actorRoles: ['member', 'safety'],
      action: 'privacy.original.read',
      targetType: 'post',
      targetId: stored.id,
      after: { versions: 1 },
    })
    expect(JSON.stringify(log.body.entries)).not.toContain('555')
  })

  it('is refused to members, experts, analysts and admins', async () => {
    const { community, author } = await setup()
    const stored = await post(community.slug, author.token, 'hello')
    const path = `/v1/privacy/${community.slug}/content/${stored.id}/originals`
    expect((await app(path)).status).toBe(401)
    expect((await app(path, { token: author.token })).status).toBe(403)
    for (const role of ['expert', 'analyst', 'admin', 'reviewer'] as const) {
      const staff = await staffMember(community.slug, [role])
      expect((await app(path, { token: staff.token })).body.error.code).toBe('forbidden')
    }
    expect((await app(path, { token: ADMIN_TOKEN })).status).toBe(403)
  })

  it('answers 404 privacy_content_not_found for an unknown id or another community’s content', async () => {
    const { community, author } = await setup()
    const stored = await post(community.slug, author.token, 'hello')
    const other = await safetyCommunity()
    const safety = await staffMember(other.slug, ['safety'])
    const res = await app(`/v1/privacy/${other.slug}/content/${stored.id}/originals`, { token: safety.token })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('privacy_content_not_found')
    const audit = await api(`/v1/audit/${other.slug}?action=privacy.original.read`, { token: ADMIN_TOKEN })
    expect(audit.body.entries).toEqual([])
  })

  it('shows the versions as erased once the author deleted their account', async () => {
    const { community, author } = await setup()
    const stored = await post(community.slug, author.token, 'call 555-123-4567')
    expect(
      (await app(`/v1/members/${community.slug}/me`, { method: 'DELETE', token: author.token })).status,
    ).toBe(204)
    const safety = await staffMember(community.slug, ['safety'])
    const res = await app(`/v1/privacy/${community.slug}/content/${stored.id}/originals`, {
      token: safety.token,
    })
    expect(res.body).toMatchObject({
      status: 'removed',
      versions: [{ original: {}, public: {}, erased: true }],
    })
  })
})

describe('settings and preview', () => {
  it('previews a redaction for staff without storing anything', async () => {
    const { community } = await setup()
    const moderator = await staffMember(community.slug, ['moderator'])
    const res = await app(`/v1/privacy/${community.slug}/preview`, {
      body: { text: 'Soy Ana de Sevilla, mi DNI es 12345678Z', locale: 'es' },
      token: moderator.token,
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      text: 'Soy [nombre eliminado], mi DNI es [número de identificación eliminado]',
      types: ['id_number', 'name'],
    })
  })

  it('audits a settings change with before and after', async () => {
    const { community } = await setup()
    await app(`/v1/privacy/${community.slug}/settings`, {
      method: 'PUT',
      body: { keepTerms: ['Nova', 'Lakeside Clinic'] },
      token: ADMIN_TOKEN,
    })
    const read = await app(`/v1/privacy/${community.slug}/settings`, { token: ADMIN_TOKEN })
    expect(read.body).toEqual({ keepTerms: ['Nova', 'Lakeside Clinic'], updatedAt: expect.any(String) })
    const log = await api(`/v1/audit/${community.slug}?action=privacy.settings`, { token: ADMIN_TOKEN })
    expect(log.body.entries[0]).toMatchObject({
      before: { keepTerms: [] },
      after: { keepTerms: ['Nova', 'Lakeside Clinic'] },
    })
  })
})

describe('stored script payloads', () => {
  it('come back from the restricted routes as inert JSON strings, never as markup', async () => {
    const { community, author } = await setup()
    const title = '<script>alert(document.cookie)</script>'
    const body = '<img src=x onerror="alert(1)"> I had terrible cramps </textarea><svg onload=alert(2)>'
    const stored = await post(community.slug, author.token, body, { title })
    const safety = await staffMember(community.slug, ['safety'])
    const originals = await app(`/v1/privacy/${community.slug}/content/${stored.id}/originals`, {
      token: safety.token,
    })
    expect(originals.headers.get('content-type')).toMatch(/^application\/json/)
    expect(originals.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(originals.headers.get('x-content-type-options')).toBe('nosniff')
    expect(originals.body.versions[0].original).toEqual({ title, body })
    const list = await app(`/v1/safety/${community.slug}/cases`, { token: safety.token })
    const detail = await app(`/v1/safety/${community.slug}/cases/${list.body.cases[0].id}`, {
      token: safety.token,
    })
    expect(detail.headers.get('content-type')).toMatch(/^application\/json/)
    expect(detail.body.text).toEqual({ title, body })
  })
})
