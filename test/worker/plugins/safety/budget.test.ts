import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../worker/app'
import { type PluginUse, use } from '../../../../worker/core/plugin'
import { privacy } from '../../../../worker/plugins/privacy'
import { safety } from '../../../../worker/plugins/safety'
import { client } from '../../../helpers/api'
import { meteredDb } from '../../../helpers/metered-db'
import { joinMember, safetyCommunity } from './fixtures'
import { postsPlugin } from './posts-app'

function meteredApp(plugins: PluginUse[]) {
  const { db, meter } = meteredDb(env.DB)
  const app = createApp(plugins)
  const call = client(async (request) => {
    const ctx = createExecutionContext()
    const response = await app.fetch(request, { ...env, DB: db, DELIVERIES: undefined }, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
  return { call, meter }
}

const screened = meteredApp([use(privacy), use(safety), use(postsPlugin)])
const bare = meteredApp([use(postsPlugin)])

async function rowsFor(app: typeof screened, slug: string, token: string, body: string) {
  app.meter.reset()
  const res = await app.call(`/v1/posts/${slug}`, { body: { body }, token })
  expect(res.status).toBe(201)
  return { read: app.meter.rowsRead, written: app.meter.rowsWritten }
}

describe('cost of screening every post', () => {
  it('reads no rows at all for a post with no identifier and no safety signal', async () => {
    const community = await safetyCommunity()
    const author = await joinMember(screened.call as never, community.slug)
    const text = 'Week 3: down 5 lbs, loving the recipes in the guide.'
    const withScreens = await rowsFor(screened, community.slug, author.token, text)
    const without = await rowsFor(bare, community.slug, author.token, text)
    expect(withScreens).toEqual(without)
  })

  it('opens a case for a handful of rows read and a few rows written', async () => {
    const community = await safetyCommunity()
    const author = await joinMember(screened.call as never, community.slug, { email: 'pat@example.com' })
    const text = 'Terrible cramps and diarrhea since I started.'
    const withCase = await rowsFor(screened, community.slug, author.token, text)
    const without = await rowsFor(bare, community.slug, author.token, text)
    // Settings, private details, the case number (MAX over an index) and the unique-index checks of three
    // inserts: 9 rows measured.
    expect(withCase.read - without.read).toBeLessThanOrEqual(10)
    // The case, its history entry and its delivery outbox row, each with its index entries: 15 measured.
    expect(withCase.written - without.written).toBeLessThanOrEqual(16)
  })
})

describe('cost of reading the case list', () => {
  it('reads about one row per case shown, whatever the number of cases in the community', async () => {
    const { buildCase } = await import('../../../../worker/plugins/safety/cases/open')
    const { defaultSafetySettings } = await import('../../../../worker/plugins/safety/cases/model')
    const { detect } = await import('../../../../worker/plugins/safety/detect')
    const { insertCase } = await import('../../../../worker/plugins/safety/queries')
    const { staffMember } = await import('../../../helpers/api')
    const created = await safetyCommunity()
    const row = await env.DB.prepare('SELECT settings FROM communities WHERE id = ?1')
      .bind(created.id)
      .first<{ settings: string }>()
    const community = { ...JSON.parse(row!.settings), id: created.id, slug: created.slug }
    const detection = detect({ body: 'Terrible cramps since I started.' }, { productTerms: ['trimly'] })
    const now = Date.now()
    const statements = Array.from({ length: 300 }, (_, i) =>
      insertCase(
        env.DB,
        buildCase({
          id: `sfc_${String(i).padStart(22, '0')}`,
          community,
          author: { id: 'mem_0', pseudonym: 'Someone' },
          content: {
            id: `pos_${String(i).padStart(22, '0')}`,
            type: 'post',
            version: 1,
            locale: 'en',
            original: { body: 'x' },
          },
          detection,
          settings: defaultSafetySettings,
          details: null,
          contactInPost: [],
          postedAt: now - i * 1000,
          now: now - i * 1000,
        }),
      ),
    )
    await env.DB.batch(statements)
    const safety = await staffMember(created.slug, ['safety'])
    for (const query of [
      '?limit=25',
      '?sort=received&limit=25',
      '?due=soon&soonDays=30&limit=25',
      '?due=overdue',
    ]) {
      screened.meter.reset()
      const res = await screened.call(`/v1/safety/${created.slug}/cases${query}`, { token: safety.token })
      expect(res.status).toBe(200)
      // The session and community lookups, then at most 26 case rows.
      expect(screened.meter.rowsRead, query).toBeLessThanOrEqual(30)
    }
  })
})
