import { describe, expect, it } from 'vitest'
import { api } from '../../helpers/api'

describe('API reference', () => {
  it('serves an OpenAPI 3.1 document with every operation’s access rule', async () => {
    const res = await api('/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    expect(res.body.paths['/v1/members/{community}/join'].post['x-access']).toBe('public')
    expect(res.body.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' })
  })

  it('renders /docs as HTML without scripts, under a strict CSP', async () => {
    const res = await api('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    expect(res.body).toContain('<h1>Cocreate API reference</h1>')
    expect(res.body).toContain('/v1/members/{community}/join')
    expect(res.body).toContain('<code>validation_failed</code>')
    expect(res.body).not.toContain('<script')
  })
})
