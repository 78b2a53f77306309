import { all } from '../db'

export interface AuditEntry {
  id: string
  communityId: string | null
  actorId: string
  actorRoles: string[]
  action: string
  targetType: string
  targetId: string
  before: unknown
  after: unknown
  at: number
}

interface AuditRow {
  id: string
  community_id: string | null
  actor_id: string
  actor_roles: string
  action: string
  target_type: string
  target_id: string
  before_json: string | null
  after_json: string | null
  at: number
}

/** Appends one entry; the table refuses UPDATE and DELETE (see the core migration's triggers). */
export function insertAudit(db: D1Database, e: AuditEntry): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (id, community_id, actor_id, actor_roles, action, target_type, target_id,
         before_json, after_json, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      e.id,
      e.communityId,
      e.actorId,
      JSON.stringify(e.actorRoles),
      e.action,
      e.targetType,
      e.targetId,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
      e.at,
    )
}

export interface AuditFilter {
  communityId: string
  action: string | null
  targetId: string | null
  before: string | null
  limit: number
}

export async function listAudit(db: D1Database, f: AuditFilter): Promise<AuditEntry[]> {
  const rows = await all<AuditRow>(
    db
      .prepare(
        `SELECT * FROM audit_log WHERE community_id = ?1
           AND (?2 IS NULL OR action = ?2) AND (?3 IS NULL OR target_id = ?3) AND (?4 IS NULL OR id < ?4)
         ORDER BY id DESC LIMIT ?5`,
      )
      .bind(f.communityId, f.action, f.targetId, f.before, f.limit),
  )
  return rows.map((r) => ({
    id: r.id,
    communityId: r.community_id,
    actorId: r.actor_id,
    actorRoles: JSON.parse(r.actor_roles) as string[],
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    at: r.at,
  }))
}
