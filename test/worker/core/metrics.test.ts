import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../../helpers/api'

describe('listening metrics', () => {
  it('answers every enabled plugin’s metrics for a window', async () => {
    const community = await createCommunity()
    await joinOpen(community.slug)
    const analyst = await staffMember(community.slug, ['analyst'])
    const res = await api(`/v1/metrics/${community.slug}`, { token: analyst.token })
    expect(res.status).toBe(200)
    const joined = res.body.metrics.find((m: { name: string }) => m.name === 'metrics.members_joined')
    expect(joined).toMatchObject({ plugin: 'metrics', unit: 'count', value: 2 })
  })

  it('counts only inside the window', async () => {
    const community = await createCommunity()
    await joinOpen(community.slug)
    const res = await api(`/v1/metrics/${community.slug}?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`, {
      token: ADMIN_TOKEN,
    })
    expect(res.body).toMatchObject({ from: '2020-01-01T00:00:00.000Z', to: '2020-02-01T00:00:00.000Z' })
    expect(res.body.metrics.find((m: { name: string }) => m.name === 'metrics.members_joined').value).toBe(0)
  })

  it('refuses a window that ends before it starts or spans more than two years', async () => {
    const community = await createCommunity()
    const backwards = await api(
      `/v1/metrics/${community.slug}?from=2021-01-01T00:00:00Z&to=2020-01-01T00:00:00Z`,
      { token: ADMIN_TOKEN },
    )
    expect(backwards.status).toBe(400)
    expect(backwards.body.error.code).toBe('invalid_request')
    const long = await api(
      `/v1/metrics/${community.slug}?from=2010-01-01T00:00:00Z&to=2020-01-01T00:00:00Z`,
      { token: ADMIN_TOKEN },
    )
    expect(long.status).toBe(400)
  })
})
