import { describe, expect, it } from 'vitest'
import { expectedMigrations, staleMigrations } from '../../scripts/migrations.mjs'

describe('generated migrations folder', () => {
  it('matches the migrations kept in each feature folder (run `npm run migrations` when this fails)', () => {
    expect(staleMigrations()).toEqual([])
  })

  it('orders core migrations first and names each file after its owner', () => {
    const names = [...expectedMigrations().keys()]
    expect(names[0]).toBe('0001_core_foundation.sql')
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z]+_[a-z0-9_]+\.sql$/)
  })
})
