import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { coreErrors } from '../errors'
import type { MemberRecord } from '../members/schema'

/** The signed-in member of a `member`-or-stricter route (the platform credential is not a member). */
export function currentMember(c: Context<AppEnv>): MemberRecord & { sessionId: string } {
  const principal = c.var.principal
  if (principal.kind !== 'member')
    throw coreErrors.forbidden({ reason: 'This action needs a member session.' })
  return { ...principal.member, sessionId: principal.sessionId }
}

/** The signed-in member if any, for public routes that personalise (e.g. "you found this helpful"). */
export function optionalMember(c: Context<AppEnv>): MemberRecord | null {
  const principal = c.var.principal
  return principal.kind === 'member' ? principal.member : null
}
