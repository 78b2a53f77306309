import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { use } from '../../../../worker/core/plugin'
import { webhook } from '../../../../worker/plugins/webhook'
import { ADMIN_TOKEN, communityInput } from '../../../helpers/api'
import { customApp } from '../../../helpers/custom-app'
import { notesPlugin } from '../../../helpers/test-plugins'

const app = customApp([use(notesPlugin()), use(webhook)])
const consent = { termsVersion: '1', healthData: true }

async function community(moderation = 'post') {
  // Created through this app, so the new community has this app's optional plugins (webhook) switched on.
  const created = await app('/v1/communities', {
    body: communityInput({ moderation: { mode: moderation, firstN: 3 } }),
    token: ADMIN_TOKEN,
  })
  const c = created.body as { id: string; slug: string; plugins: string[] }
  expect(c.plugins).toContain('webhook')
  const joined = await app(`/v1/members/${c.slug}/join`, {
    body: { method: 'open', pseudonym: 'Forwarded Writer', consent },
  })
  return { ...c, token: joined.body.token as string }
}

async function deliveriesOf(communityId: string) {
  const { results } = await env.DB.prepare(
    'SELECT topic, endpoint, payload FROM deliveries WHERE community_id = ?1',
  )
    .bind(communityId)
    .all()
  return results.map((r) => ({ ...r, payload: JSON.parse(String(r.payload)) }))
}

describe('webhook example plugin', () => {
  it('forwards a published post to the configured internal endpoint through the queue', async () => {
    const c = await community()
    await app(`/v1/deliveries/${c.slug}/endpoints/internal`, {
      method: 'PUT',
      body: { url: 'https://intranet.example/hooks/cocreate', secret: 'internal-secret-0123456789abcdef' },
      token: ADMIN_TOKEN,
    })
    const send = vi.spyOn(env.DELIVERIES!, 'sendBatch')
    const note = await app(`/v1/notes/${c.slug}`, {
      body: { body: 'The video visit was quick' },
      token: c.token,
    })
    const [delivery] = await deliveriesOf(c.id)
    expect(delivery).toMatchObject({
      topic: 'content.published',
      endpoint: 'internal',
      payload: {
        topic: 'content.published',
        data: {
          id: note.body.id,
          type: 'note',
          text: { body: 'The video visit was quick' },
          link: `/notes/${c.slug}/${note.body.id}`,
        },
      },
    })
    expect(delivery?.payload.data.author.pseudonym).toBe('Forwarded Writer')
    expect(send).toHaveBeenCalledWith([{ body: { deliveryId: delivery?.payload.id } }])
    vi.restoreAllMocks()
  })

  it('does not forward a post held for review', async () => {
    const c = await community('pre')
    await app(`/v1/deliveries/${c.slug}/endpoints/internal`, {
      method: 'PUT',
      body: { url: 'https://intranet.example/hooks/cocreate', secret: 'internal-secret-0123456789abcdef' },
      token: ADMIN_TOKEN,
    })
    await app(`/v1/notes/${c.slug}`, { body: { body: 'Held' }, token: c.token })
    expect(await deliveriesOf(c.id)).toEqual([])
  })

  it('does nothing for a community without the endpoint', async () => {
    const c = await community()
    await app(`/v1/notes/${c.slug}`, { body: { body: 'Not forwarded' }, token: c.token })
    expect(await deliveriesOf(c.id)).toEqual([])
  })
})
