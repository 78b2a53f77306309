import { all, first, parseJson } from '../db'
import type { BadgeCode } from './schema'

export interface InviteRecord {
  id: string
  communityId: string
  cohort: string
  badges: BadgeCode[]
  codeHint: string
  maxUses: number
  uses: number
  expiresAt: number
  createdAt: number
  revokedAt: number | null
}

interface InviteRow {
  id: string
  community_id: string
  cohort: string
  badges: string
  code_hint: string
  max_uses: number
  uses: number
  expires_at: number
  created_at: number
  revoked_at: number | null
}

function toInvite(row: InviteRow): InviteRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    cohort: row.cohort,
    badges: parseJson<BadgeCode[]>(row.badges, []),
    codeHint: row.code_hint,
    maxUses: row.max_uses,
    uses: row.uses,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }
}

export async function findInviteByCodeHash(
  db: D1Database,
  communityId: string,
  codeHash: string,
): Promise<InviteRecord | null> {
  const row = await first<InviteRow>(
    db
      .prepare('SELECT * FROM invites WHERE community_id = ?1 AND code_hash = ?2')
      .bind(communityId, codeHash),
  )
  return row ? toInvite(row) : null
}

export async function listInvites(db: D1Database, communityId: string): Promise<InviteRecord[]> {
  const rows = await all<InviteRow>(
    db
      .prepare('SELECT * FROM invites WHERE community_id = ?1 ORDER BY created_at DESC LIMIT 1000')
      .bind(communityId),
  )
  return rows.map(toInvite)
}

export function insertInvite(db: D1Database, invite: InviteRecord & { codeHash: string; createdBy: string }) {
  return db
    .prepare(
      `INSERT INTO invites (id, community_id, code_hash, code_hint, cohort, badges, max_uses, uses, expires_at,
         created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10)`,
    )
    .bind(
      invite.id,
      invite.communityId,
      invite.codeHash,
      invite.codeHint,
      invite.cohort,
      JSON.stringify(invite.badges),
      invite.maxUses,
      invite.expiresAt,
      invite.createdBy,
      invite.createdAt,
    )
}

/** Counts one use; a trigger aborts the whole batch when this would exceed `max_uses` (two people racing). */
export function countInviteUse(db: D1Database, inviteId: string): D1PreparedStatement {
  return db.prepare('UPDATE invites SET uses = uses + 1 WHERE id = ?1').bind(inviteId)
}
