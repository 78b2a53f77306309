import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCommunity } from '../../helpers/api'
import { meteredDb } from '../../helpers/metered-db'

describe('metered D1', () => {
  it('counts rows read and written as D1 reports them', async () => {
    const community = await createCommunity()
    const { db, meter } = meteredDb(env.DB)
    const row = await db
      .prepare('SELECT slug FROM communities WHERE id = ?1')
      .bind(community.id)
      .first<{ slug: string }>()
    expect(row?.slug).toBe(community.slug)
    expect(meter.rowsRead).toBe(1)
    meter.reset()
    await db.batch([
      db.prepare('UPDATE communities SET updated_at = updated_at WHERE id = ?1').bind(community.id),
    ])
    expect(meter.rowsWritten).toBeGreaterThanOrEqual(1)
    expect(meter.statements).toBe(1)
  })
})
