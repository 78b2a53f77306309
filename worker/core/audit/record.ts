import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { actorId, rolesOf } from '../auth/principal'
import { newId } from '../crypto'
import { insertAudit } from './queries'

export interface AuditInput {
  action: string
  targetType: string
  targetId: string
  before?: unknown
  after?: unknown
  communityId?: string | null
}

/** An audit statement for the current caller, to put in the same batch as the change it records. */
export function auditStatement(c: Context<AppEnv>, input: AuditInput): D1PreparedStatement {
  const { db, now } = c.var.services
  const principal = c.var.principal
  const at = now()
  return insertAudit(db, {
    id: newId('aud', at),
    communityId: input.communityId !== undefined ? input.communityId : (c.var.community?.id ?? null),
    actorId: actorId(principal),
    actorRoles: [...rolesOf(principal)],
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: input.before,
    after: input.after,
    at,
  })
}
