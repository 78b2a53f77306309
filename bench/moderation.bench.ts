// Moderation costs: rows and time per request for screening a post, reporting, deciding and reading the queue,
// and the CPU time of word-list matching. Runs the app with ONLY core + moderation + a table-less test content
// type (test/helpers/test-plugins.ts), so the figures are moderation's own, not other plugins'.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import { communityInput } from '../test/helpers/fixtures'
import { meteredDb } from '../test/helpers/metered-db'
import { notesPlugin } from '../test/helpers/test-plugins'
import { createApp } from '../worker/app'
import { use } from '../worker/core/plugin'
import type { Bindings } from '../worker/env'
import { moderation } from '../worker/plugins/moderation'
import { findTerms, indexTerms } from '../worker/plugins/moderation/text'
import { BENCH_ADMIN_TOKEN, table } from './lib/harness'

const dir = join(process.cwd(), '.cache/bench', 'moderation')
rmSync(dir, { recursive: true, force: true })
const migrate = spawnSync(
  'node_modules/.bin/wrangler',
  ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir],
  {
    stdio: 'ignore',
  },
)
if (migrate.status !== 0) throw new Error('could not apply migrations for the benchmark')
const { env, dispose } = await getPlatformProxy<Bindings>({
  configPath: 'wrangler.toml',
  persist: { path: join(dir, 'v3') },
})
const { db, meter } = meteredDb(env.DB)
let clock = Date.now() - 30 * 86_400_000
const app = createApp([use(moderation), use(notesPlugin())], { now: () => (clock += 5) })
const bindings = { ...env, DB: db, ADMIN_TOKEN: BENCH_ADMIN_TOKEN, DELIVERIES: undefined }

async function call(path: string, options: { method?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const request = new Request(`http://bench.local${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
  const res = await app.fetch(request, bindings, ctx)
  const text = await res.text()
  if (!res.ok) throw new Error(`${request.method} ${path}: ${res.status} ${text}`)
  return text ? JSON.parse(text) : null
}

/** Rows read/written and the median wall time (ms) of `runs` calls of `fn`. */
async function measure(runs: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = []
  let last = { rowsRead: 0, rowsWritten: 0, statements: 0 }
  for (let i = 0; i < runs; i++) {
    meter.reset()
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
    last = { rowsRead: meter.rowsRead, rowsWritten: meter.rowsWritten, statements: meter.statements }
  }
  times.sort((a, b) => a - b)
  return { ...last, ms: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100 }
}

const consent = { termsVersion: '1', healthData: true }
const slug = 'bench-moderation'
await call('/v1/communities', { body: communityInput({ slug }), token: BENCH_ADMIN_TOKEN })
const words = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}x`)
await call(`/v1/moderation/${slug}/settings`, {
  method: 'PUT',
  body: {
    blockedTerms: [...words('blk', 498), 'idiot*', 'cheap pills'],
    reviewTerms: [...words('rev', 499), 'coupon'],
    rateLimits: { memberPerMinute: 600, memberPerHour: 5000 },
  },
  token: BENCH_ADMIN_TOKEN,
})
const joinAs = async (name: string) =>
  call(`/v1/members/${slug}/join`, { body: { method: 'open', pseudonym: name, consent } })
const authors = await Promise.all(['Bench Alpha', 'Bench Beta', 'Bench Gamma'].map(joinAs))
const moderatorJoin = await joinAs('Bench Moderator')
await call(`/v1/members/${slug}/${moderatorJoin.member.id}/access`, {
  method: 'PUT',
  body: { roles: ['moderator'], badges: [] },
  token: BENCH_ADMIN_TOKEN,
})
const moderatorToken = moderatorJoin.token as string
const body = (i: number, extra = '') =>
  `Week ${i}: steady progress on the plan, fewer cravings in the evening and a walk every day. ${extra} ${i}`
const post = (token: string, text: string) => call(`/v1/notes/${slug}`, { body: { body: text }, token })

// Warm up the history a member has (rate limits read at most `limit` rows per window).
for (let i = 0; i < 20; i++) await post(authors[0]!.token, body(i))
const published = await measure(20, (i) => post(authors[0]!.token, body(100 + i)))
const held = await measure(20, (i) => post(authors[1]!.token, body(200 + i, 'any coupon please')))
const rejected = await measure(20, (i) => post(authors[1]!.token, body(300 + i, 'what an idiot')))
const queued: string[] = []
for (let i = 0; i < 60; i++) queued.push((await post(authors[2]!.token, body(400 + i, 'coupon'))).id)
const queue20 = await measure(10, () =>
  call(`/v1/moderation/${slug}/queue?limit=20`, { token: moderatorToken }),
)
const queue50 = await measure(10, () =>
  call(`/v1/moderation/${slug}/queue?limit=50`, { token: moderatorToken }),
)
const approve = await measure(20, (i) =>
  call(`/v1/moderation/${slug}/items/${queued[i]}/decisions`, {
    body: { action: 'approve' },
    token: moderatorToken,
  }),
)
const reporters = await Promise.all(Array.from({ length: 3 }, (_, i) => joinAs(`Bench Reporter ${'abc'[i]}`)))
const target = (await post(authors[0]!.token, body(999))).id
const report = await measure(3, (i) =>
  call(`/v1/moderation/${slug}/reports`, {
    body: { contentId: target, reason: 'spam' },
    token: reporters[i]!.token,
  }),
)

table(
  'Moderation requests (rows per request from D1 meta; median ms under Node + local D1)',
  ['request', 'rows read', 'rows written', 'statements', 'median ms'],
  [
    [
      'POST a note, published (1000-term word lists, 21 recent posts)',
      published.rowsRead,
      published.rowsWritten,
      published.statements,
      published.ms,
    ],
    [
      'POST a note, held by a review term (queue entry written)',
      held.rowsRead,
      held.rowsWritten,
      held.statements,
      held.ms,
    ],
    [
      'POST a note, rejected by a blocked term',
      rejected.rowsRead,
      rejected.rowsWritten,
      rejected.statements,
      rejected.ms,
    ],
    ['GET queue, 20 items', queue20.rowsRead, queue20.rowsWritten, queue20.statements, queue20.ms],
    ['GET queue, 50 items', queue50.rowsRead, queue50.rowsWritten, queue50.statements, queue50.ms],
    ['POST decision (approve)', approve.rowsRead, approve.rowsWritten, approve.statements, approve.ms],
    [
      'POST report (third report holds the item)',
      report.rowsRead,
      report.rowsWritten,
      report.statements,
      report.ms,
    ],
  ],
)

// CPU time of the word lists alone: a 2,000-character post against 500 blocked + 500 review terms.
const terms = indexTerms([...words('blk', 500), ...words('rev', 499), 'idiot*', 'dinner*', 'walk every day'])
const long = Array.from({ length: 25 }, (_, i) => body(i))
  .join(' ')
  .slice(0, 2000)
const runs = 2000
const t = performance.now()
for (let i = 0; i < runs; i++) findTerms(long, terms)
const perPost = (performance.now() - t) / runs
table(
  'Word-list matching (CPU, Node)',
  ['text', 'terms', 'ms per post'],
  [[`${long.length} chars`, terms.terms.length, perPost.toFixed(3)]],
)

await dispose()
