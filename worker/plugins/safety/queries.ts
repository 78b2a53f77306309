import { all, first, parseJson } from '../../core/db'
import {
  type CaseRecord,
  type CaseStatus,
  defaultSafetySettings,
  type Elements,
  type HistoryEntry,
  type ReporterCopy,
  type SafetySettings,
} from './cases/model'
import type { Detection } from './detect'

interface CaseRow {
  id: string
  community_id: string
  number: number
  content_id: string
  content_type: string
  content_version: number
  author_id: string
  kind: CaseRecord['kind']
  status: CaseStatus
  serious: number
  locale: string
  verbatim: string
  detection: string
  elements: string
  reporter: string
  posted_at: number
  received_at: number
  due_at: number
  triaged_at: number | null
  closed_at: number | null
  regulator: string | null
  reference: string | null
  reported_at: number | null
  version: number
  updated_at: number
}

function toCase(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    communityId: r.community_id,
    number: r.number,
    contentId: r.content_id,
    contentType: r.content_type,
    contentVersion: r.content_version,
    authorId: r.author_id,
    kind: r.kind,
    status: r.status,
    serious: r.serious === 1,
    locale: r.locale,
    verbatim: parseJson<Record<string, string>>(r.verbatim, {}),
    detection: parseJson<Detection>(r.detection, {} as Detection),
    elements: parseJson<Elements>(r.elements, {} as Elements),
    reporter: parseJson<ReporterCopy>(r.reporter, {} as ReporterCopy),
    postedAt: r.posted_at,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    triagedAt: r.triaged_at,
    closedAt: r.closed_at,
    regulator: r.regulator,
    reference: r.reference,
    reportedAt: r.reported_at,
    version: r.version,
    updatedAt: r.updated_at,
  }
}

/** Opens a case; its number is the community's next one, computed inside the same statement. */
export function insertCase(db: D1Database, c: Omit<CaseRecord, 'number'>): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO safety_cases (id, community_id, number, content_id, content_type, content_version, author_id, kind,
         status, serious, locale, verbatim, detection, elements, reporter, posted_at, received_at, due_at, version,
         updated_at)
       SELECT ?1, ?2, COALESCE(MAX(number), 0) + 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
         ?17, 1, ?16
       FROM safety_cases WHERE community_id = ?2`,
    )
    .bind(
      c.id,
      c.communityId,
      c.contentId,
      c.contentType,
      c.contentVersion,
      c.authorId,
      c.kind,
      c.status,
      c.serious ? 1 : 0,
      c.locale,
      JSON.stringify(c.verbatim),
      JSON.stringify(c.detection),
      JSON.stringify(c.elements),
      JSON.stringify(c.reporter),
      c.postedAt,
      c.receivedAt,
      c.dueAt,
    )
}

export async function findCase(db: D1Database, communityId: string, id: string): Promise<CaseRecord | null> {
  const row = await first<CaseRow>(
    db.prepare('SELECT * FROM safety_cases WHERE id = ?1 AND community_id = ?2').bind(id, communityId),
  )
  return row ? toCase(row) : null
}

export async function findCaseByContent(
  db: D1Database,
  communityId: string,
  contentId: string,
): Promise<CaseRecord | null> {
  const row = await first<CaseRow>(
    db
      .prepare('SELECT * FROM safety_cases WHERE community_id = ?1 AND content_id = ?2')
      .bind(communityId, contentId),
  )
  return row ? toCase(row) : null
}

export interface CaseFilter {
  communityId: string
  status: CaseStatus | null
  open: boolean
  kind: CaseRecord['kind'] | null
  serious: boolean | null
  due: 'overdue' | 'soon' | null
  now: number
  soonUntil: number
  sort: 'due' | 'received'
  after: readonly [number, string] | null
  limit: number
}

// The open statuses (see `openStatuses`): cases still waiting for safety staff.
const OPEN = `status IN ('new', 'ae_incomplete', 'reportable')`
// Every bound value is referenced; the due-date window and the cursor are written as ranges over constant
// expressions, so SQLite walks the (community_id, due_at, id) or (community_id, received_at, id) index and
// stops after `limit` rows instead of filtering the whole community.
const FILTERS = `community_id = ?1 AND (?2 IS NULL OR status = ?2) AND (?3 = 0 OR ${OPEN})
  AND (?4 IS NULL OR kind = ?4) AND (?5 IS NULL OR serious = ?5) AND (?6 IS NULL OR ${OPEN})
  AND due_at < (CASE ?6 WHEN 'overdue' THEN ?7 WHEN 'soon' THEN ?8 ELSE 9e15 END)
  AND due_at >= (CASE ?6 WHEN 'soon' THEN ?7 ELSE -9e15 END)`

/** A page of cases, keyset-paginated: by due date (soonest first) or by receipt (newest first). */
export async function listCases(db: D1Database, f: CaseFilter): Promise<CaseRecord[]> {
  const order =
    f.sort === 'due'
      ? `AND (due_at, id) > (COALESCE(?9, -9e15), COALESCE(?10, '')) ORDER BY due_at, id`
      : `AND (received_at, id) < (COALESCE(?9, 9e15), COALESCE(?10, '')) ORDER BY received_at DESC, id DESC`
  const rows = await all<CaseRow>(
    db
      .prepare(`SELECT * FROM safety_cases WHERE ${FILTERS} ${order} LIMIT ?11`)
      .bind(
        f.communityId,
        f.status,
        f.open ? 1 : 0,
        f.kind,
        f.serious === null ? null : f.serious ? 1 : 0,
        f.due,
        f.now,
        f.soonUntil,
        f.after?.[0] ?? null,
        f.after?.[1] ?? null,
        f.limit,
      ),
  )
  return rows.map(toCase)
}

/** Cases for an E2B batch: the given ids, or the newest with a status (reportable by default). */
export async function listCasesForExport(
  db: D1Database,
  q: { communityId: string; ids: readonly string[] | null; status: CaseStatus; limit: number },
): Promise<CaseRecord[]> {
  const rows = await all<CaseRow>(
    q.ids
      ? db
          .prepare(
            `SELECT * FROM safety_cases WHERE community_id = ?1 AND id IN (SELECT value FROM json_each(?2))
             ORDER BY number LIMIT ?3`,
          )
          .bind(q.communityId, JSON.stringify(q.ids), q.limit)
      : db
          .prepare(
            `SELECT * FROM safety_cases WHERE community_id = ?1 AND status = ?2 ORDER BY received_at LIMIT ?3`,
          )
          .bind(q.communityId, q.status, q.limit),
  )
  return rows.map(toCase)
}

export function insertHistory(
  db: D1Database,
  h: HistoryEntry & { communityId: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO safety_case_history (case_id, seq, community_id, action, from_status, to_status, note, data,
         actor_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      h.caseId,
      h.seq,
      h.communityId,
      h.action,
      h.fromStatus,
      h.toStatus,
      h.note,
      h.data === undefined || h.data === null ? null : JSON.stringify(h.data),
      h.actorId,
      h.at,
    )
}

/** A history entry numbered after the last one: for follow-ups written by the pipeline, which must not fail. */
export function insertHistoryNext(
  db: D1Database,
  h: Omit<HistoryEntry, 'seq'> & { communityId: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO safety_case_history (case_id, seq, community_id, action, from_status, to_status, note, data,
         actor_id, at)
       SELECT ?1, COALESCE(MAX(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
       FROM safety_case_history WHERE case_id = ?1`,
    )
    .bind(
      h.caseId,
      h.communityId,
      h.action,
      h.fromStatus,
      h.toStatus,
      h.note,
      h.data === undefined || h.data === null ? null : JSON.stringify(h.data),
      h.actorId,
      h.at,
    )
}

export async function listHistory(db: D1Database, caseId: string): Promise<HistoryEntry[]> {
  const rows = await all<{
    case_id: string
    seq: number
    action: HistoryEntry['action']
    from_status: CaseStatus | null
    to_status: CaseStatus | null
    note: string | null
    data: string | null
    actor_id: string
    at: number
  }>(db.prepare('SELECT * FROM safety_case_history WHERE case_id = ?1 ORDER BY seq').bind(caseId))
  return rows.map((r) => ({
    caseId: r.case_id,
    seq: r.seq,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    note: r.note,
    data: parseJson<unknown>(r.data, null),
    actorId: r.actor_id,
    at: r.at,
  }))
}

/**
 * Moves a case to a new status if it is still at `fromVersion`. Paired with a history row at seq
 * `fromVersion + 1`, whose primary key makes a concurrent second change fail the whole batch.
 */
export function transitionCase(
  db: D1Database,
  t: {
    id: string
    communityId: string
    fromVersion: number
    status: CaseStatus
    closed: boolean
    regulator: string | null
    reference: string | null
    reportedAt: number | null
    now: number
  },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE safety_cases SET status = ?4, version = version + 1, updated_at = ?9,
         triaged_at = COALESCE(triaged_at, ?9),
         closed_at = CASE WHEN ?5 = 1 THEN ?9 ELSE NULL END,
         regulator = COALESCE(?6, regulator), reference = COALESCE(?7, reference),
         reported_at = COALESCE(?8, reported_at)
       WHERE id = ?1 AND community_id = ?2 AND version = ?3`,
    )
    .bind(
      t.id,
      t.communityId,
      t.fromVersion,
      t.status,
      t.closed ? 1 : 0,
      t.regulator,
      t.reference,
      t.reportedAt,
      t.now,
    )
}

/** A note adds a history entry: the version moves on like any other change. */
export function bumpVersion(
  db: D1Database,
  c: { id: string; communityId: string; fromVersion: number; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE safety_cases SET version = version + 1, updated_at = ?4
       WHERE id = ?1 AND community_id = ?2 AND version = ?3`,
    )
    .bind(c.id, c.communityId, c.fromVersion, c.now)
}

/**
 * New information from an edit of the post: detection, elements, seriousness and due date may change. No
 * version check: an author's edit must never fail because staff touched the case; staff see a 409 instead.
 */
export function followUpCase(
  db: D1Database,
  c: Pick<CaseRecord, 'id' | 'communityId' | 'kind' | 'serious' | 'detection' | 'elements' | 'dueAt'> & {
    now: number
  },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE safety_cases SET kind = ?3, serious = ?4, detection = ?5, elements = ?6, due_at = ?7,
         version = version + 1, updated_at = ?8
       WHERE id = ?1 AND community_id = ?2`,
    )
    .bind(
      c.id,
      c.communityId,
      c.kind,
      c.serious ? 1 : 0,
      JSON.stringify(c.detection),
      JSON.stringify(c.elements),
      c.dueAt,
      c.now,
    )
}

export async function findSafetySettings(db: D1Database, communityId: string): Promise<SafetySettings> {
  const row = await first<{
    serious_days: number
    non_serious_days: number
    complaint_days: number
    hold_serious: number
    updated_at: number
  }>(db.prepare('SELECT * FROM safety_settings WHERE community_id = ?1').bind(communityId))
  if (!row) return defaultSafetySettings
  return {
    seriousDays: row.serious_days,
    nonSeriousDays: row.non_serious_days,
    complaintDays: row.complaint_days,
    holdSerious: row.hold_serious === 1,
    updatedAt: row.updated_at,
  }
}

export function upsertSafetySettings(
  db: D1Database,
  communityId: string,
  s: Omit<SafetySettings, 'updatedAt'>,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO safety_settings (community_id, serious_days, non_serious_days, complaint_days, hold_serious,
         updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (community_id) DO UPDATE SET serious_days = ?2, non_serious_days = ?3, complaint_days = ?4,
         hold_serious = ?5, updated_at = ?6`,
    )
    .bind(communityId, s.seriousDays, s.nonSeriousDays, s.complaintDays, s.holdSerious ? 1 : 0, now)
}

// Listening metrics (core computes them for a window; each reads the cases of one community).

export async function countOpened(
  db: D1Database,
  w: { communityId: string; from: number; to: number },
): Promise<{ opened: number; serious: number }> {
  const row = await first<{ opened: number; serious: number | null }>(
    db
      .prepare(
        `SELECT COUNT(*) AS opened, SUM(serious) AS serious FROM safety_cases
         WHERE community_id = ?1 AND received_at >= ?2 AND received_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return { opened: row?.opened ?? 0, serious: row?.serious ?? 0 }
}

/** Cases past their due date at `at` and not closed by then (still open, or closed late after `at`). */
export async function countOverdue(db: D1Database, communityId: string, at: number): Promise<number> {
  const row = await first<{ n: number }>(
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM safety_cases
         WHERE community_id = ?1 AND received_at < ?2 AND due_at < ?2 AND (closed_at IS NULL OR closed_at > ?2)`,
      )
      .bind(communityId, at),
  )
  return row?.n ?? 0
}

/** Milliseconds from receipt to first triage, for cases received in the window and triaged. */
export async function triageDelays(
  db: D1Database,
  w: { communityId: string; from: number; to: number },
): Promise<number[]> {
  const rows = await all<{ ms: number }>(
    db
      .prepare(
        `SELECT triaged_at - received_at AS ms FROM safety_cases
         WHERE community_id = ?1 AND received_at >= ?2 AND received_at < ?3 AND triaged_at IS NOT NULL
         ORDER BY ms`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return rows.map((r) => r.ms)
}
