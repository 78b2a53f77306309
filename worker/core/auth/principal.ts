import type { MemberRecord } from '../members/schema'
import type { Role, StaffRole } from './roles'

/** The caller of a request, resolved once per request by the community scope or the platform check. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'platform' }
  | { kind: 'member'; member: MemberRecord; sessionId: string }

export const anonymous: Principal = { kind: 'anonymous' }

export function rolesOf(principal: Principal): readonly Role[] {
  if (principal.kind === 'platform') return ['admin']
  if (principal.kind === 'member') return ['member', ...principal.member.roles]
  return []
}

export function hasAnyRole(principal: Principal, roles: readonly StaffRole[]): boolean {
  const held = rolesOf(principal)
  return roles.some((role) => held.includes(role))
}

/** A stable actor id for audit entries. */
export function actorId(principal: Principal): string {
  if (principal.kind === 'member') return principal.member.id
  return principal.kind
}
