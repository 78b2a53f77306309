import { describe, expect, it } from 'vitest'
import { createCommunity, joinOpen, staffMember } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, report } from './helpers'

const { call } = experiencesApp()

describe('listening metrics', () => {
  it('reports submissions, average rating, NPS, side-effect share and the share who stopped', async () => {
    const { slug } = await createCommunity()
    const answers = [
      { overall: 5, recommend: 10, side_effects: [], still_using: true },
      {
        overall: 4,
        recommend: 9,
        side_effects: [{ effect: 'urgency', severity: 'mild' }],
        still_using: true,
      },
      {
        overall: 2,
        recommend: 3,
        side_effects: [{ effect: 'loose_stools', severity: 'moderate' }],
        still_using: false,
      },
      { overall: 3, recommend: 7, side_effects: [], still_using: undefined },
    ]
    for (const a of answers) {
      const member = await joinOpen(slug)
      await report(call, slug, member.token, drugAnswers(a))
    }
    const analyst = await staffMember(slug, ['analyst'])
    const res = await call(`/v1/metrics/${slug}`, { token: analyst.token })
    expect(res.status).toBe(200)
    const values = Object.fromEntries(
      res.body.metrics
        .filter((m: { plugin: string }) => m.plugin === 'experiences')
        .map((m: { name: string; value: number | null }) => [m.name, m.value]),
    )
    expect(values).toEqual({
      'experiences.reports_submitted': 4,
      'experiences.average_rating': 3.5,
      'experiences.nps': 25,
      'experiences.side_effect_share': 0.5,
      'experiences.stopped_share': 0.333,
    })
  })

  it('answers null for rates over a window without reports', async () => {
    const { slug } = await createCommunity()
    const analyst = await staffMember(slug, ['analyst'])
    const res = await call(`/v1/metrics/${slug}`, { token: analyst.token })
    const values = res.body.metrics.filter((m: { plugin: string }) => m.plugin === 'experiences')
    expect(values.map((m: { value: number | null }) => m.value)).toEqual([0, null, null, null, null])
  })
})
