import type { Context } from 'hono'
import { auditStatement } from '../../core/audit/record'
import { findMember, setMemberStatus } from '../../core/members/queries'
import type { MemberRecord } from '../../core/members/schema'
import type { AppEnv } from '../../env'
import { moderationErrors } from './errors'

async function memberOf(c: Context<AppEnv>, memberId: string): Promise<MemberRecord> {
  const member = await findMember(c.var.services.db, c.var.community.id, memberId)
  if (!member || member.status === 'deleted') throw moderationErrors.moderation_member_not_found({ memberId })
  return member
}

/**
 * Statements that block a member (their sessions end; every signed-in route then answers 403
 * `member_blocked`), with the audit entry. Staff are refused: an admin takes their roles away first.
 */
export async function blockStatements(
  c: Context<AppEnv>,
  memberId: string,
  why: { reason: string; note?: string | undefined },
) {
  const member = await memberOf(c, memberId)
  if (member.roles.length > 0) throw moderationErrors.moderation_cannot_block_staff({ roles: member.roles })
  if (member.status === 'blocked') return { member, blocked: true, changed: false, statements: [] }
  const { db, now } = c.var.services
  const statements = [
    ...setMemberStatus(db, { id: member.id, communityId: member.communityId, status: 'blocked', now: now() }),
    auditStatement(c, {
      action: 'moderation.block',
      targetType: 'member',
      targetId: member.id,
      before: { status: member.status },
      after: { status: 'blocked', reason: why.reason, note: why.note ?? null },
    }),
  ]
  return { member, blocked: true, changed: true, statements }
}

export async function unblockStatements(c: Context<AppEnv>, memberId: string, note: string | undefined) {
  const member = await memberOf(c, memberId)
  if (member.status === 'active') return { member, changed: false, statements: [] }
  const { db, now } = c.var.services
  const statements = [
    ...setMemberStatus(db, { id: member.id, communityId: member.communityId, status: 'active', now: now() }),
    auditStatement(c, {
      action: 'moderation.unblock',
      targetType: 'member',
      targetId: member.id,
      before: { status: member.status },
      after: { status: 'active', note: note ?? null },
    }),
  ]
  return { member, changed: true, statements }
}
