import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCommunity } from '../helpers/api'

describe('the deployed entry (through SELF)', () => {
  it('serves the API, the OpenAPI document and the docs', async () => {
    const community = await createCommunity()
    expect((await SELF.fetch(`https://cocreate.test/v1/communities/${community.slug}`)).status).toBe(200)
    expect((await SELF.fetch('https://cocreate.test/openapi.json')).status).toBe(200)
    const docs = await SELF.fetch('https://cocreate.test/docs')
    expect(docs.headers.get('content-type')).toContain('text/html')
  })
})
