import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditStatement } from '../../core/audit/record'
import { currentMember } from '../../core/auth/current'
import { findContent } from '../../core/content/queries'
import { contentLink } from '../../core/content/service'
import { isUniqueViolation } from '../../core/db'
import { deliveryStatement, dispatch } from '../../core/delivery/service'
import { waitUntil } from '../../core/http/client'
import { decodeCursor, encodeCursor } from '../../core/http/cursor'
import { CommunityParams, defineRoute, json, jsonBody } from '../../core/http/route'
import { DAY_MS } from '../../core/time'
import type { AppEnv } from '../../env'
import type { CaseRecord } from './cases/model'
import { canMove, closing, transitions } from './cases/triage'
import { deliveryData, detailView, summaryView } from './cases/views'
import { safetyErrors } from './errors'
import { bumpVersion, findCase, insertHistory, listCases, listHistory, transitionCase } from './queries'
import { CaseDetail, CaseList, CaseListQuery, CaseNote, CaseParams, StatusChange } from './schema'

const tags = ['Safety']

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}/cases',
  access: ['safety', 'admin'],
  tags,
  summary:
    'Safety cases, soonest due first (or newest); filter by status, kind, seriousness, overdue or due soon',
  request: { params: CommunityParams, query: CaseListQuery },
  responses: { 200: json(CaseList, 'A page of cases') },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/cases/{caseId}',
  access: ['safety', 'admin'],
  tags,
  summary:
    'One case with its verbatim text, four elements, reporter contact and history; the read is audited',
  request: { params: CaseParams },
  responses: { 200: json(CaseDetail, 'The case') },
})

const statusRoute = defineRoute({
  method: 'post',
  path: '/{community}/cases/{caseId}/status',
  access: ['safety'],
  tags,
  summary: 'Triage: not an AE, AE incomplete (follow up), reportable, or reported (with the reference)',
  request: { params: CaseParams, body: jsonBody(StatusChange) },
  responses: { 200: json(CaseDetail, 'The case after the change') },
})

const noteRoute = defineRoute({
  method: 'post',
  path: '/{community}/cases/{caseId}/notes',
  access: ['safety'],
  tags,
  summary: 'Add a note to the case history (follow-up attempts, medical review)',
  request: { params: CaseParams, body: jsonBody(CaseNote) },
  responses: { 201: json(CaseDetail, 'The case with the note') },
})

function linkOf(c: Context<AppEnv>, record: Pick<CaseRecord, 'contentType' | 'contentId'>): string | null {
  return contentLink(c.var.services.registry, c.var.community.slug, {
    type: record.contentType,
    id: record.contentId,
  })
}

async function loadCase(c: Context<AppEnv>, caseId: string): Promise<CaseRecord> {
  const found = await findCase(c.var.services.db, c.var.community.id, caseId)
  if (!found) throw safetyErrors.safety_case_not_found()
  return found
}

async function detailOf(c: Context<AppEnv>, record: CaseRecord) {
  const { db, now } = c.var.services
  const [history, content] = await Promise.all([
    listHistory(db, record.id),
    findContent(db, c.var.community.id, record.contentId),
  ])
  c.header('Cache-Control', 'no-store')
  return detailView(record, history, { link: linkOf(c, record), status: content?.status ?? null }, now())
}

/** Commits a case change; a concurrent change (same history seq) is a 409, never a silent overwrite. */
async function commit(c: Context<AppEnv>, statements: D1PreparedStatement[]) {
  try {
    await c.var.services.db.batch(statements)
  } catch (err) {
    if (isUniqueViolation(err)) throw safetyErrors.safety_case_conflict()
    throw err
  }
}

export function caseRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const now = c.var.services.now()
    const rows = await listCases(c.var.services.db, {
      communityId: c.var.community.id,
      status: q.status ?? null,
      open: q.open ?? false,
      kind: q.kind ?? null,
      serious: q.serious ?? null,
      due: q.due ?? null,
      now,
      soonUntil: now + q.soonDays * DAY_MS,
      sort: q.sort,
      after: decodeCursor(q.cursor, z.tuple([z.number(), z.string()])),
      limit: q.limit + 1,
    })
    const page = rows.slice(0, q.limit)
    const last = page.at(-1)
    const next =
      rows.length > q.limit && last
        ? encodeCursor([q.sort === 'due' ? last.dueAt : last.receivedAt, last.id])
        : null
    return c.json({ cases: page.map((r) => summaryView(r, now)), next }, 200)
  })

  app.openapi(getRoute, async (c) => {
    const { caseId } = c.req.valid('param')
    const record = await loadCase(c, caseId)
    // Recorded before the restricted record is read and returned.
    await auditStatement(c, { action: 'safety.case.read', targetType: 'safety_case', targetId: caseId }).run()
    return c.json(await detailOf(c, record), 200)
  })

  app.openapi(statusRoute, async (c) => {
    const { caseId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { db, env, now } = c.var.services
    const record = await loadCase(c, caseId)
    if (body.version !== undefined && body.version !== record.version) {
      throw safetyErrors.safety_case_conflict({ current: record.version })
    }
    if (!canMove(record.status, body.status)) {
      throw safetyErrors.safety_invalid_transition({
        from: record.status,
        to: body.status,
        allowed: transitions[record.status],
      })
    }
    const reported = body.status === 'reported'
    if (reported && (!body.regulator || !body.reference))
      throw safetyErrors.safety_report_reference_required()
    const at = now()
    const actor = currentMember(c)
    const updated: CaseRecord = {
      ...record,
      status: body.status,
      version: record.version + 1,
      triagedAt: record.triagedAt ?? at,
      closedAt: closing.includes(body.status) ? at : null,
      regulator: body.regulator ?? record.regulator,
      reference: body.reference ?? record.reference,
      reportedAt: reported ? at : record.reportedAt,
      updatedAt: at,
    }
    const change = {
      from: record.status,
      to: body.status,
      note: body.note ?? null,
      regulator: body.regulator ?? null,
      reference: body.reference ?? null,
      by: actor.id,
    }
    const sent = deliveryStatement(db, at, {
      communityId: c.var.community.id,
      endpoint: 'safety',
      topic: 'safety.case.status_changed',
      data: deliveryData('status_changed', updated, c.var.community, linkOf(c, record), at, change),
    })
    await commit(c, [
      transitionCase(db, {
        id: record.id,
        communityId: record.communityId,
        fromVersion: record.version,
        status: body.status,
        closed: closing.includes(body.status),
        regulator: body.regulator ?? null,
        reference: body.reference ?? null,
        reportedAt: reported ? at : null,
        now: at,
      }),
      insertHistory(db, {
        caseId: record.id,
        communityId: record.communityId,
        seq: record.version + 1,
        action: 'status',
        fromStatus: record.status,
        toStatus: body.status,
        note: body.note ?? null,
        data:
          body.regulator || body.reference ? { regulator: body.regulator, reference: body.reference } : null,
        actorId: actor.id,
        at,
      }),
      auditStatement(c, {
        action: 'safety.case.status',
        targetType: 'safety_case',
        targetId: record.id,
        before: { status: record.status, version: record.version },
        after: {
          status: body.status,
          version: record.version + 1,
          note: change.note,
          regulator: change.regulator,
          reference: change.reference,
        },
      }),
      sent.statement,
    ])
    await dispatch(env, now, [sent.id], waitUntil(c))
    return c.json(await detailOf(c, updated), 200)
  })

  app.openapi(noteRoute, async (c) => {
    const { caseId } = c.req.valid('param')
    const { note } = c.req.valid('json')
    const { db, now } = c.var.services
    const record = await loadCase(c, caseId)
    const at = now()
    const actor = currentMember(c)
    await commit(c, [
      bumpVersion(db, {
        id: record.id,
        communityId: record.communityId,
        fromVersion: record.version,
        now: at,
      }),
      insertHistory(db, {
        caseId: record.id,
        communityId: record.communityId,
        seq: record.version + 1,
        action: 'note',
        fromStatus: null,
        toStatus: null,
        note,
        data: null,
        actorId: actor.id,
        at,
      }),
      auditStatement(c, {
        action: 'safety.case.note',
        targetType: 'safety_case',
        targetId: record.id,
        before: { version: record.version },
        after: { version: record.version + 1, note },
      }),
    ])
    return c.json(await detailOf(c, { ...record, version: record.version + 1, updatedAt: at }), 201)
  })
}
