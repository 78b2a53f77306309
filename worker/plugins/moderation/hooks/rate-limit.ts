import type { HookContext } from '../../../core/content/pipeline'
import { coreErrors } from '../../../core/errors'
import { nthRecentPost, type RateWindow, rateLimitHits } from '../queries'
import { rulesFor } from '../settings'
import { ipHash, isExempt } from './common'

const MINUTE = 60_000
const HOUR = 3_600_000

interface Limit {
  name: string
  window: RateWindow
  windowMs: number
}

async function limitsFor(ctx: Pick<HookContext, 'db' | 'now' | 'community' | 'author' | 'client'>) {
  const { rateLimits } = await rulesFor(ctx.db, ctx.community)
  const window = (by: 'author' | 'ip', value: string, windowMs: number, limit: number) => ({
    communityId: ctx.community.id,
    by,
    value,
    since: ctx.now - windowMs,
    limit,
  })
  const limits: Limit[] = [
    {
      name: 'member_per_minute',
      windowMs: MINUTE,
      window: window('author', ctx.author.id, MINUTE, rateLimits.memberPerMinute),
    },
    {
      name: 'member_per_hour',
      windowMs: HOUR,
      window: window('author', ctx.author.id, HOUR, rateLimits.memberPerHour),
    },
  ]
  const ip = await ipHash(ctx)
  if (ip) {
    limits.push(
      { name: 'ip_per_minute', windowMs: MINUTE, window: window('ip', ip, MINUTE, rateLimits.ipPerMinute) },
      { name: 'ip_per_hour', windowMs: HOUR, window: window('ip', ip, HOUR, rateLimits.ipPerHour) },
    )
  }
  return limits
}

/**
 * Posts per member and per IP in the last minute and hour. Over a limit, the post is refused with 429
 * `rate_limited` and a `Retry-After` (seconds until the oldest counted post leaves the window); nothing is stored.
 */
export async function rateLimit(
  ctx: Pick<HookContext, 'db' | 'now' | 'community' | 'author' | 'client'>,
): Promise<undefined> {
  if (isExempt(ctx.author)) return undefined
  const limits = await limitsFor(ctx)
  const hits = rateLimitHits(await ctx.db.batch(limits.map((l) => nthRecentPost(ctx.db, l.window))))
  let worst: { limit: Limit; retryAfter: number } | null = null
  for (const [i, hit] of hits.entries()) {
    if (hit === null) continue
    const limit = limits[i]!
    const retryAfter = Math.max(1, Math.ceil((hit + limit.windowMs - ctx.now) / 1000))
    if (!worst || retryAfter > worst.retryAfter) worst = { limit, retryAfter }
  }
  if (!worst) return undefined
  throw coreErrors.rate_limited(
    { limit: worst.limit.name, max: worst.limit.window.limit, retryAfterSeconds: worst.retryAfter },
    { headers: { 'Retry-After': String(worst.retryAfter) } },
  )
}
