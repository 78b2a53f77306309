import { beforeAll, describe, expect, it } from 'vitest'
import { staffRoles } from '../../worker/core/auth/roles'
import { documentConfig } from '../../worker/core/http/docs'
import { app } from '../../worker/index'
import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../helpers/api'

// Every route of the real worker, read from the OpenAPI document generated from the route definitions.
const doc = app.getOpenAPI31Document(documentConfig)
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  (['get', 'post', 'put', 'patch', 'delete'] as const)
    .filter((method) => (item as Record<string, unknown>)[method])
    .map((method) => ({
      method,
      path,
      access: ((item as Record<string, { 'x-access'?: string }>)[method]?.['x-access'] ?? '') as string,
    })),
)

describe('every route declares an authorization rule', () => {
  it('documents a rule on every operation', () => {
    expect(operations.length).toBeGreaterThan(10)
    for (const op of operations)
      expect(op.access, `${op.method} ${op.path}`).toMatch(/^(public|member|platform|[a-z| ]+)$/)
  })

  it('has no /v1 route that is missing from the document (and so from this test)', () => {
    const documented = new Set(
      operations.map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    const routes = app.routes
      .filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`)
    for (const route of routes) expect(documented, route).toContain(route)
  })
})

describe('each route refuses the callers its rule excludes and admits the ones it includes', () => {
  let slug = ''
  let memberId = ''

  beforeAll(async () => {
    slug = (await createCommunity()).slug
    memberId = (await joinOpen(slug)).member.id
  })

  /** Fresh callers for each route, since some routes (sign out, delete account) end the caller's session. */
  async function callers(): Promise<[string, string | null][]> {
    const staff = await Promise.all(
      staffRoles.map(async (role) => [role, (await staffMember(slug, [role])).token]),
    )
    return [
      ['anonymous', null],
      ['platform', ADMIN_TOKEN],
      ['member', (await joinOpen(slug)).token],
      ...(staff as [string, string][]),
    ]
  }

  function url(path: string): string {
    return path
      .replace('{community}', slug)
      .replace('{memberId}', memberId)
      .replace(/\{(\w+)\}/g, (_m, name: string) => `${name}-0000000000000000000000`)
  }

  async function call(op: (typeof operations)[number], token: string | null) {
    const hasBody = op.method !== 'get' && op.method !== 'delete'
    return api(url(op.path), { method: op.method.toUpperCase(), token, body: hasBody ? {} : undefined })
  }

  it.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path} (${op.access})`, op] as const))(
    '%s',
    async (_name, op) => {
      const allowed = (caller: string) => {
        if (op.access === 'public') return true
        if (op.access === 'member') return caller !== 'anonymous' && caller !== 'platform'
        if (op.access === 'platform') return caller === 'platform'
        const roles = op.access.split(' | ')
        return roles.includes(caller) || (caller === 'platform' && roles.includes('admin'))
      }
      for (const [caller, token] of await callers()) {
        const res = await call(op, token)
        if (allowed(caller)) {
          expect(
            [401, 403],
            `${caller} should be admitted, got ${res.status} ${JSON.stringify(res.body)}`,
          ).not.toContain(res.status)
        } else {
          expect(res.status, `${caller} should be refused`).toBe(caller === 'anonymous' ? 401 : 403)
        }
      }
    },
    // Each route is called by eight fresh callers; a loaded CI machine needs more than the default 5 s.
    30_000,
  )
})
