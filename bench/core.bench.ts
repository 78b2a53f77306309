// Core request costs: joining, reading the community, and an authenticated read (session lookup).
import { communityInput } from '../test/helpers/fixtures'
import { BENCH_ADMIN_TOKEN, openBench, table } from './lib/harness'

const bench = await openBench('core')
const { s } = bench
const input = communityInput({ slug: 'bench-core' })
await s.call('/v1/communities', { body: input, token: BENCH_ADMIN_TOKEN })
const consent = { termsVersion: '1', healthData: true }
const join = await bench.measure(() =>
  s.call('/v1/members/bench-core/join', { body: { method: 'open', pseudonym: 'Bench Walker', consent } }),
)
const joined = await s.call('/v1/members/bench-core/join', {
  body: { method: 'open', pseudonym: 'Bench Runner', consent },
})
const community = await bench.measure(() => s.call('/v1/communities/bench-core'))
const me = await bench.measure(() => s.call('/v1/members/bench-core/me', { token: joined.token }))
table(
  'Core requests (rows per request, from D1 meta)',
  ['request', 'rows read', 'rows written', 'statements'],
  [
    ['POST join (open)', join.rowsRead, join.rowsWritten, join.statements],
    ['GET community', community.rowsRead, community.rowsWritten, community.statements],
    ['GET me (session + member + private + consents)', me.rowsRead, me.rowsWritten, me.statements],
  ],
)
await bench.dispose()
