import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import type { Community } from '../communities/schema'
import { sha256Hex } from '../crypto'
import { coreErrors } from '../errors'
import { findSessionByHash } from '../members/queries'
import { bearerToken, platformPrincipal } from './platform'
import { anonymous, type Principal } from './principal'

/**
 * Who is calling, relative to `community`. A member session answers only for its own community: presented to
 * another community it is refused (401), so credentials never cross tenants. A present but invalid token is a
 * 401 rather than anonymous access, so a client learns to sign in again.
 */
export async function resolvePrincipal(c: Context<AppEnv>, community: Community): Promise<Principal> {
  const token = bearerToken(c)
  if (!token) return anonymous
  const platform = platformPrincipal(c)
  if (platform.kind === 'platform') return platform
  const { db, now } = c.var.services
  const found = await findSessionByHash(db, await sha256Hex(token))
  if (!found || found.communityId !== community.id)
    throw coreErrors.unauthenticated({ reason: 'unknown_session' })
  if (found.revokedAt !== null) throw coreErrors.unauthenticated({ reason: 'revoked' })
  if (found.expiresAt <= now()) throw coreErrors.session_expired()
  if (found.member.status === 'deleted') throw coreErrors.unauthenticated({ reason: 'deleted' })
  return { kind: 'member', member: found.member, sessionId: found.sessionId }
}
