import type { StaffRole } from '../auth/roles'
import { all, first, parseJson } from '../db'
import type { BadgeCode, MemberRecord } from './schema'

interface MemberRow {
  id: string
  community_id: string
  pseudonym: string
  roles: string
  badges: string
  status: MemberRecord['status']
  joined_via: MemberRecord['joinedVia']
  cohort: string | null
  created_at: number
}

export function toMember(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    pseudonym: row.pseudonym,
    roles: parseJson<StaffRole[]>(row.roles, []),
    badges: parseJson<BadgeCode[]>(row.badges, []),
    status: row.status,
    joinedVia: row.joined_via,
    cohort: row.cohort,
    createdAt: row.created_at,
  }
}

export interface SessionLookup {
  sessionId: string
  communityId: string
  expiresAt: number
  revokedAt: number | null
  member: MemberRecord
}

export async function findSessionByHash(db: D1Database, tokenHash: string): Promise<SessionLookup | null> {
  const row = await first<MemberRow & { session_id: string; expires_at: number; revoked_at: number | null }>(
    db
      .prepare(
        `SELECT s.id AS session_id, s.expires_at, s.revoked_at, m.*
         FROM sessions s JOIN members m ON m.id = s.member_id WHERE s.token_hash = ?1`,
      )
      .bind(tokenHash),
  )
  if (!row) return null
  return {
    sessionId: row.session_id,
    communityId: row.community_id,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    member: toMember(row),
  }
}

export async function findMember(
  db: D1Database,
  communityId: string,
  memberId: string,
): Promise<MemberRecord | null> {
  const row = await first<MemberRow>(
    db.prepare('SELECT * FROM members WHERE id = ?1 AND community_id = ?2').bind(memberId, communityId),
  )
  return row ? toMember(row) : null
}

/** Several members of one community at once (authors on a moderation queue page). */
export async function findMembers(
  db: D1Database,
  communityId: string,
  ids: readonly string[],
): Promise<MemberRecord[]> {
  if (ids.length === 0) return []
  const rows = await all<MemberRow>(
    db
      .prepare('SELECT * FROM members WHERE community_id = ?1 AND id IN (SELECT value FROM json_each(?2))')
      .bind(communityId, JSON.stringify(ids)),
  )
  return rows.map(toMember)
}

export async function findMemberBySsoSubject(
  db: D1Database,
  communityId: string,
  subject: string,
): Promise<MemberRecord | null> {
  const row = await first<MemberRow>(
    db
      .prepare(
        `SELECT m.* FROM member_private p JOIN members m ON m.id = p.member_id
         WHERE p.community_id = ?1 AND p.sso_subject = ?2`,
      )
      .bind(communityId, subject),
  )
  return row ? toMember(row) : null
}

export async function listMembers(
  db: D1Database,
  communityId: string,
  page: { limit: number; after: string | null },
): Promise<MemberRecord[]> {
  const rows = await all<MemberRow>(
    db
      .prepare(
        `SELECT * FROM members WHERE community_id = ?1 AND (?2 IS NULL OR id > ?2)
         ORDER BY id LIMIT ?3`,
      )
      .bind(communityId, page.after, page.limit),
  )
  return rows.map(toMember)
}

export function insertMember(db: D1Database, m: MemberRecord, now: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO members (id, community_id, pseudonym, roles, badges, status, joined_via, cohort, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      m.id,
      m.communityId,
      m.pseudonym,
      JSON.stringify(m.roles),
      JSON.stringify(m.badges),
      m.status,
      m.joinedVia,
      m.cohort,
      m.createdAt,
      now,
    )
}

export interface PrivateDetails {
  email: string | null
  displayName: string | null
  ssoSubject: string | null
}

export function insertPrivateDetails(
  db: D1Database,
  memberId: string,
  communityId: string,
  details: PrivateDetails,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO member_private (member_id, community_id, email, display_name, sso_subject)
       VALUES (?1, ?2, ?3, ?4, ?5)`,
    )
    .bind(memberId, communityId, details.email, details.displayName, details.ssoSubject)
}

export async function findPrivateDetails(db: D1Database, memberId: string): Promise<PrivateDetails | null> {
  const row = await first<{ email: string | null; display_name: string | null; sso_subject: string | null }>(
    db
      .prepare('SELECT email, display_name, sso_subject FROM member_private WHERE member_id = ?1')
      .bind(memberId),
  )
  return row ? { email: row.email, displayName: row.display_name, ssoSubject: row.sso_subject } : null
}

export function insertConsent(
  db: D1Database,
  c: { id: string; memberId: string; communityId: string; kind: string; version: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO member_consents (id, member_id, community_id, kind, version, granted_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    )
    .bind(c.id, c.memberId, c.communityId, c.kind, c.version, c.now)
}

export async function listConsents(
  db: D1Database,
  memberId: string,
): Promise<{ kind: string; version: string; grantedAt: number }[]> {
  const rows = await all<{ kind: string; version: string; granted_at: number }>(
    db
      .prepare(
        `SELECT kind, version, granted_at FROM member_consents
         WHERE member_id = ?1 AND withdrawn_at IS NULL ORDER BY granted_at`,
      )
      .bind(memberId),
  )
  return rows.map((r) => ({ kind: r.kind, version: r.version, grantedAt: r.granted_at }))
}

export function insertSession(
  db: D1Database,
  s: { id: string; tokenHash: string; memberId: string; communityId: string; now: number; expiresAt: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sessions (id, token_hash, member_id, community_id, created_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    )
    .bind(s.id, s.tokenHash, s.memberId, s.communityId, s.now, s.expiresAt)
}

export function revokeSession(db: D1Database, sessionId: string, now: number): D1PreparedStatement {
  return db
    .prepare('UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL')
    .bind(sessionId, now)
}

export function revokeMemberSessions(db: D1Database, memberId: string, now: number): D1PreparedStatement {
  return db
    .prepare('UPDATE sessions SET revoked_at = ?2 WHERE member_id = ?1 AND revoked_at IS NULL')
    .bind(memberId, now)
}

export function updateMemberAccess(
  db: D1Database,
  m: { id: string; communityId: string; roles: StaffRole[]; badges: BadgeCode[]; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      'UPDATE members SET roles = ?3, badges = ?4, updated_at = ?5 WHERE id = ?1 AND community_id = ?2',
    )
    .bind(m.id, m.communityId, JSON.stringify(m.roles), JSON.stringify(m.badges), m.now)
}

/** Blocks, unblocks or marks a member deleted; a blocked or deleted member's sessions end with it. */
export function setMemberStatus(
  db: D1Database,
  m: { id: string; communityId: string; status: MemberRecord['status']; now: number },
): D1PreparedStatement[] {
  const statements = [
    db
      .prepare('UPDATE members SET status = ?3, updated_at = ?4 WHERE id = ?1 AND community_id = ?2')
      .bind(m.id, m.communityId, m.status, m.now),
  ]
  if (m.status !== 'active') statements.push(revokeMemberSessions(db, m.id, m.now))
  return statements
}

/** Account deletion: frees the pseudonym, clears badges and roles, wipes private details, withdraws consent. */
export function eraseMember(
  db: D1Database,
  m: { id: string; communityId: string; pseudonym: string; now: number },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE members SET status = 'deleted', pseudonym = ?3, roles = '[]', badges = '[]', updated_at = ?4
         WHERE id = ?1 AND community_id = ?2`,
      )
      .bind(m.id, m.communityId, m.pseudonym, m.now),
    db
      .prepare(
        'UPDATE member_private SET email = NULL, display_name = NULL, sso_subject = NULL WHERE member_id = ?1',
      )
      .bind(m.id),
    db
      .prepare('UPDATE member_consents SET withdrawn_at = ?2 WHERE member_id = ?1 AND withdrawn_at IS NULL')
      .bind(m.id, m.now),
    revokeMemberSessions(db, m.id, m.now),
  ]
}

/** The longest-standing active member holding `role` (used by the demo to open a staff console). */
export async function findMemberWithRole(
  db: D1Database,
  communityId: string,
  role: string,
): Promise<MemberRecord | null> {
  const row = await first<MemberRow>(
    db
      .prepare(
        `SELECT * FROM members WHERE community_id = ?1 AND status = 'active'
           AND EXISTS (SELECT 1 FROM json_each(members.roles) WHERE value = ?2)
         ORDER BY created_at LIMIT 1`,
      )
      .bind(communityId, role),
  )
  return row ? toMember(row) : null
}

/**
 * Which of `candidates` are pseudonyms of members of the community (any case), so that a name-like word
 * that is someone's pseudonym ("Nurse Amara", "Calm Otter") stays. Uses the (community_id, pseudonym NOCASE) index, one row per match; only called when a post has name candidates.
 */
export async function findMemberPseudonyms(
  db: D1Database,
  communityId: string,
  candidates: readonly string[],
): Promise<string[]> {
  if (candidates.length === 0) return []
  const rows = await all<{ pseudonym: string }>(
    db
      .prepare(
        `SELECT pseudonym FROM members
         WHERE community_id = ?1 AND pseudonym COLLATE NOCASE IN (SELECT value FROM json_each(?2))`,
      )
      .bind(communityId, JSON.stringify(candidates)),
  )
  return rows.map((r) => r.pseudonym)
}

/** Cron: drops sessions that expired or were revoked before `before` (one indexed statement per column). */
export function purgeSessions(db: D1Database, before: number): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM sessions WHERE expires_at < ?1').bind(before),
    db.prepare('DELETE FROM sessions WHERE revoked_at < ?1').bind(before),
  ]
}
