import type { Bindings } from '../env'
import { sweepDeliveries } from './delivery/service'

const DAY_MS = 86_400_000

/** Cron (every 5 minutes): re-dispatch lost deliveries; drop idempotency records and sessions nobody can use. */
export async function runMaintenance(
  env: Bindings,
  now: () => number,
  waitUntil: (p: Promise<unknown>) => void,
) {
  await sweepDeliveries(env, now, waitUntil)
  await env.DB.batch([
    env.DB.prepare('DELETE FROM idempotency_keys WHERE created_at < ?1').bind(now() - DAY_MS),
    env.DB.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR revoked_at < ?1').bind(now() - 30 * DAY_MS),
  ])
}
