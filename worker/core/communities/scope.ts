import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { resolvePrincipal } from '../auth/session'
import { coreErrors } from '../errors'
import { findCommunityBySlug } from './queries'
import type { Community } from './schema'

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, If-Match'
const EXPOSED_HEADERS = 'ETag, Retry-After, X-Request-Id, Idempotent-Replayed'

/**
 * CORS per community: the widget runs on the HCO's product pages, so a cross-origin caller must be on the
 * community's embed allow-list. Anything else is refused outright (not merely left without CORS headers), so a
 * page that is not allowed cannot even trigger writes.
 */
function applyCors(c: Context<AppEnv>, community: Community): Response | null {
  const origin = c.req.header('origin')
  if (!origin || origin === new URL(c.req.url).origin) return null
  if (!community.embedOrigins.includes(origin)) throw coreErrors.origin_not_allowed({ origin })
  c.header('Access-Control-Allow-Origin', origin)
  c.header('Vary', 'Origin', { append: true })
  c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS)
  if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS)
    c.header('Access-Control-Max-Age', '600')
    return c.body(null, 204)
  }
  return null
}

/** Resolves `:community` for every community-scoped route: tenancy, CORS, then the caller. */
export function communityScope(): MiddlewareHandler<AppEnv> {
  return async function resolveCommunity(c, next) {
    if (c.var.community) return next()
    const slug = c.req.param('community') ?? ''
    const community = await findCommunityBySlug(c.var.services.db, slug, c.var.services.registry.optional)
    if (!community) throw coreErrors.community_not_found({ slug })
    const preflight = applyCors(c, community)
    if (preflight) return preflight
    c.set('community', community)
    c.set('principal', await resolvePrincipal(c, community))
    return next()
  }
}

/** Answers 404 `plugin_disabled` when the community has switched this optional plugin off. */
export function pluginSwitch(plugin: string): MiddlewareHandler<AppEnv> {
  return async function requirePluginEnabled(c, next) {
    if (c.req.method !== 'OPTIONS' && !c.var.community.plugins.includes(plugin)) {
      throw coreErrors.plugin_disabled({ plugin })
    }
    return next()
  }
}
