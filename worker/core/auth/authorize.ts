import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { coreErrors } from '../errors'
import { platformPrincipal } from './platform'
import { hasAnyRole } from './principal'
import type { Access } from './roles'

/** Enforces a route's access rule. Attached by `defineRoute`, so no route can be declared without one. */
export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async function authorizeAccess(c, next) {
    if (access === 'public') return next()
    if (access === 'platform') {
      const principal = platformPrincipal(c)
      if (principal.kind !== 'platform') {
        throw c.req.header('authorization') ? coreErrors.forbidden() : coreErrors.unauthenticated()
      }
      c.set('principal', principal)
      return next()
    }
    const principal = c.get('principal')
    if (!principal || principal.kind === 'anonymous') throw coreErrors.unauthenticated()
    if (principal.kind === 'member' && principal.member.status === 'blocked')
      throw coreErrors.member_blocked()
    if (access === 'member') {
      if (principal.kind !== 'member')
        throw coreErrors.forbidden({ reason: 'Only community members can do this.' })
      return next()
    }
    if (!hasAnyRole(principal, access)) throw coreErrors.forbidden({ requiredRoles: access })
    return next()
  }
}
