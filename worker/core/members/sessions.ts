import { newId, randomToken, sha256Hex } from '../crypto'
import { DAY_MS } from '../time'
import { insertSession } from './queries'

export const SESSION_TTL_MS = 30 * DAY_MS

/** A new bearer session for a member: the token is returned once and only its hash is stored. */
export async function newSession(
  db: D1Database,
  now: number,
  member: { id: string; communityId: string },
  ttlMs = SESSION_TTL_MS,
) {
  const token = randomToken('ccs')
  const expiresAt = now + ttlMs
  const statement = insertSession(db, {
    id: newId('ses', now),
    tokenHash: await sha256Hex(token),
    memberId: member.id,
    communityId: member.communityId,
    now,
    expiresAt,
  })
  return { token, expiresAt, statement }
}
