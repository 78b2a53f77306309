import { beforeAll, describe, expect, it } from 'vitest'
import { createCommunity, joinOpen } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, report } from './helpers'

// Rows D1 reports read per request, measured on the app's metered binding. The overhead beyond the report
// rows: the community lookup (1 row) and the form versions of the page (0 while the built-in form is used, 1
// per saved version on the page).
const PAGE = 20
const OVERHEAD = 3

const { call, meter } = experiencesApp()

async function grow(slug: string, n: number, start = 0) {
  for (let i = start; i < start + n; i++) {
    const member = await joinOpen(slug)
    await report(call, slug, member.token, drugAnswers({ overall: (i % 5) + 1 }))
  }
}

async function rowsRead(path: string, token?: string) {
  meter.reset()
  const res = await call(path, { token })
  expect(res.status).toBe(200)
  return meter.rowsRead
}

describe('row budgets', () => {
  let slug = ''
  const small: Record<string, number> = {}

  beforeAll(async () => {
    slug = (await createCommunity()).slug
    await grow(slug, 30)
    small.first = await rowsRead(`/v1/experiences/${slug}/reports`)
    small.summary = await rowsRead(`/v1/experiences/${slug}/summary`)
    await grow(slug, 90, 30)
  })

  it('reads at most one page plus one report row, and a constant overhead, whatever the total', async () => {
    const first = await rowsRead(`/v1/experiences/${slug}/reports`)
    expect(first).toBeLessThanOrEqual(PAGE + 1 + OVERHEAD)
    expect(first).toBe(small.first)
    const page = await call(`/v1/experiences/${slug}/reports`)
    const deep = await rowsRead(`/v1/experiences/${slug}/reports?cursor=${page.body.next}`)
    expect(deep).toBeLessThanOrEqual(PAGE + 1 + OVERHEAD)
  })

  it('keeps the bound for the helpful order and for a rating filter', async () => {
    expect(await rowsRead(`/v1/experiences/${slug}/reports?sort=helpful`)).toBeLessThanOrEqual(
      PAGE + 1 + OVERHEAD,
    )
    expect(await rowsRead(`/v1/experiences/${slug}/reports?rating=3`)).toBeLessThanOrEqual(
      PAGE + 1 + OVERHEAD,
    )
    expect(await rowsRead(`/v1/experiences/${slug}/reports?timeOnProduct=1_4_weeks`)).toBeLessThanOrEqual(
      PAGE + 1 + OVERHEAD,
    )
  })

  it('adds only the session and the member’s own marks on the page for a signed-in reader', async () => {
    const reader = await joinOpen(slug)
    const anonymous = await rowsRead(`/v1/experiences/${slug}/reports`)
    const signedIn = await rowsRead(`/v1/experiences/${slug}/reports`, reader.token)
    // Session + member row; the reader marked nothing, so the range of their marks is empty.
    expect(signedIn - anonymous).toBeLessThanOrEqual(3)
  })

  it('reads the summary from the tallies, so its cost does not grow with the number of reports', async () => {
    const summary = await rowsRead(`/v1/experiences/${slug}/summary`)
    expect(summary).toBe(small.summary)
    expect(summary).toBeLessThanOrEqual(60)
  })
})
