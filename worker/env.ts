import type { Principal } from './core/auth/principal'
import type { Community } from './core/communities/schema'
import type { Services } from './core/services'

/** Bindings from wrangler.toml, secrets and `.dev.vars`. Optional ones switch a feature off when absent. */
export interface Bindings {
  DB: D1Database
  ASSETS?: Fetcher
  /** Platform administrator credential (`wrangler secret put ADMIN_TOKEN`). */
  ADMIN_TOKEN?: string
  /** "true" serves the demo product pages and the demo SSO signer. Never set in production. */
  DEMO?: string
  /** Queue for outbound webhook deliveries; without it deliveries are attempted inline. */
  DELIVERIES?: Queue<unknown>
}

/** Everything a handler may read from `c.var`; set by core middleware, never patched on by plugins. */
export interface Variables {
  requestId: string
  services: Services
  /** Set for routes under `/v1/<feature>/:community`. */
  community: Community
  /** Who is calling, relative to `community` when there is one. */
  principal: Principal
  /** Set by the idempotency middleware when the request carried an `Idempotency-Key`. */
  idempotencyKey: string | undefined
}

export interface AppEnv {
  Bindings: Bindings
  Variables: Variables
}
