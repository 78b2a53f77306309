// Experience reports: rows read and written (D1 meta) per submission, per feed page and per summary, at several
// total report counts. Submissions are measured through the full plugin list (every content hook runs) and
// through an app with only this plugin (its own cost); the reports that fill the community are added through
// the latter, which is faster and writes the same rows.
import { communityInput } from '../test/helpers/fixtures'
import { createApp } from '../worker/app'
import { use } from '../worker/core/plugin'
import type { Bindings } from '../worker/env'
import { experiences } from '../worker/plugins/experiences'
import { BENCH_ADMIN_TOKEN, openBench, table } from './lib/harness'

const SLUG = 'bench-experiences'
const SIZES = [100, 1000, 5000]
const MEMBERS = 100
const MINUTE = 60_000

const bench = await openBench('experiences')
const { s } = bench
// The harness's seeder holds the metered environment; an app with only this plugin shares it.
const env = (s as unknown as { env: Bindings }).env
const only = createApp([use(experiences)], { now: () => s.now() })

async function callOnly(path: string, init: { body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  const request = new Request(`http://bench.local${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
  const res = await only.fetch(request, env, ctx)
  if (!res.ok) throw new Error(`bench: ${path} answered ${res.status}: ${await res.text()}`)
  return res.json() as Promise<any>
}

const effects = [
  'oily_spotting',
  'gas_with_discharge',
  'urgency',
  'loose_stools',
  'more_frequent',
  'stomach_pain',
]
const severities = ['mild', 'mild', 'moderate', 'severe']

/** A varied, valid answer set; the story is unique so repeat detection treats it as a real post. */
function answers(i: number) {
  const n = i % 3
  return {
    overall: (i % 5) + 1,
    time_on_product: { value: (i % 12) + 1, unit: ['days', 'weeks', 'months'][i % 3] },
    still_using: i % 7 !== 0,
    side_effects: Array.from({ length: n }, (_, k) => ({
      effect: effects[(i + k) % effects.length],
      severity: severities[(i + k) % severities.length],
    })),
    plan: ['fully', 'mostly', 'sometimes', 'rarely'][i % 4],
    channel: ['pharmacy', 'supermarket', 'online', 'launch_pack'][i % 4],
    materials: [{ option: 'meal_planner', rating: (i % 5) + 1 }],
    recommend: i % 11,
    story: `Week ${(i % 8) + 1} update number ${i}: keeping fat under control at dinner helps the most.`,
  }
}

await s.call('/v1/communities', { body: communityInput({ slug: SLUG }), token: BENCH_ADMIN_TOKEN })
const consent = { termsVersion: '1', healthData: true }
const members: string[] = []
for (let i = 0; i < MEMBERS; i++) {
  const joined = await s.call(`/v1/members/${SLUG}/join`, {
    body: { method: 'open', pseudonym: `Bench Walker ${i}`, consent },
  })
  members.push(joined.token)
}
const reader = members[0]!

let total = 0
async function fill(to: number) {
  while (total < to) {
    s.advance(2 * MINUTE)
    await callOnly(`/v1/experiences/${SLUG}/reports`, {
      body: { answers: answers(total) },
      token: members[total % MEMBERS],
    })
    total += 1
  }
}

async function average(times: number, fn: (i: number) => Promise<unknown>) {
  let read = 0
  let written = 0
  for (let i = 0; i < times; i++) {
    const m = await bench.measure(() => fn(i))
    read += m.rowsRead
    written += m.rowsWritten
  }
  return [Math.round(read / times), Math.round(written / times)]
}

const submitRows: (string | number)[][] = []
const feedRows: (string | number)[][] = []
for (const size of SIZES) {
  await fill(size)
  // Five submissions each way, by members with no recent post (the real plugin list rate-limits members).
  const full = await average(5, async (i) => {
    s.advance(10 * MINUTE)
    await s.call(`/v1/experiences/${SLUG}/reports`, {
      body: { answers: answers(total + i) },
      token: members[(total + i * 17) % MEMBERS],
    })
  })
  const own = await average(5, async (i) => {
    s.advance(MINUTE)
    await callOnly(`/v1/experiences/${SLUG}/reports`, {
      body: { answers: answers(total + 5 + i) },
      token: members[(total + 5 + i) % MEMBERS],
    })
  })
  total += 10
  submitRows.push([size, ...full, ...own])
  const page = await s.call(`/v1/experiences/${SLUG}/reports`)
  const deep = await s.call(`/v1/experiences/${SLUG}/reports?cursor=${page.next}`)
  const m = async (path: string, token?: string) => {
    const r = await bench.measure(() => s.call(path, { token }))
    return r.rowsRead
  }
  feedRows.push([
    size,
    await m(`/v1/experiences/${SLUG}/reports`),
    await m(`/v1/experiences/${SLUG}/reports?cursor=${deep.next}`),
    await m(`/v1/experiences/${SLUG}/reports?sort=helpful`),
    await m(`/v1/experiences/${SLUG}/reports?rating=4`),
    await m(`/v1/experiences/${SLUG}/reports?rating=4&timeOnProduct=1_3_months`),
    await m(`/v1/experiences/${SLUG}/reports?sort=helpful&rating=4`),
    await m(`/v1/experiences/${SLUG}/reports`, reader),
    await m(`/v1/experiences/${SLUG}/summary`),
  ])
}

table(
  'Experience report submission (rows per request, average of 5, from D1 meta)',
  [
    'reports in community',
    'read (all plugins)',
    'written (all plugins)',
    'read (experiences only)',
    'written (experiences only)',
  ],
  submitRows,
)
table(
  'Feed pages of 20 and the summary (rows read per request, from D1 meta)',
  [
    'reports in community',
    'feed page 1',
    'feed page 3',
    'most helpful',
    'rating = 4',
    'rating = 4 + time on product',
    'most helpful, rating = 4',
    'page 1, signed in',
    'summary',
  ],
  feedRows,
)
await bench.dispose()
