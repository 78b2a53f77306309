import type { Bindings } from '../env'
import { sweepDeliveries } from './delivery/service'
import { KEEP_MS } from './http/idempotency'
import { purgeKeys } from './http/idempotency-queries'
import { purgeSessions } from './members/queries'
import { DAY_MS } from './time'

/** Cron (every 5 minutes): re-dispatch lost deliveries; drop idempotency records and sessions nobody can use. */
export async function runMaintenance(
  env: Bindings,
  now: () => number,
  waitUntil: (p: Promise<unknown>) => void,
) {
  await sweepDeliveries(env, now, waitUntil)
  await env.DB.batch([purgeKeys(env.DB, now() - KEEP_MS), ...purgeSessions(env.DB, now() - 30 * DAY_MS)])
}
