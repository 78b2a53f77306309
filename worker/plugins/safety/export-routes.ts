import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditStatement } from '../../core/audit/record'
import { contentLink } from '../../core/content/service'
import { newId } from '../../core/crypto'
import { CommunityParams, defineRoute, json, jsonBody } from '../../core/http/route'
import { iso, isoOrNull } from '../../core/time'
import type { AppEnv } from '../../env'
import { toE2B, toE2BBatch } from './cases/e2b'
import type { CaseRecord } from './cases/model'
import { safetyErrors } from './errors'
import { findCase, findSafetySettings, listCasesForExport, upsertSafetySettings } from './queries'
import {
  CaseParams,
  E2BBatch,
  E2BReport,
  ExportQuery,
  SafetySettingsInput,
  SafetySettingsView,
} from './schema'

const tags = ['Safety']

const e2bRoute = defineRoute({
  method: 'get',
  path: '/{community}/cases/{caseId}/e2b',
  access: ['safety', 'admin'],
  tags,
  summary:
    'The case as JSON shaped after ICH E2B(R3) (see the README for the mapping); the export is audited',
  request: { params: CaseParams },
  responses: { 200: json(E2BReport, 'One ICSR') },
})

const batchRoute = defineRoute({
  method: 'get',
  path: '/{community}/export/e2b',
  access: ['safety', 'admin'],
  tags,
  summary: 'A batch of cases as E2B(R3)-shaped JSON: the given ids, or the oldest with a status (reportable)',
  request: { params: CommunityParams, query: ExportQuery },
  responses: { 200: json(E2BBatch, 'A batch of ICSRs') },
})

const getSettingsRoute = defineRoute({
  method: 'get',
  path: '/{community}/settings',
  access: ['safety', 'admin'],
  tags,
  summary:
    'Due dates (days) for serious, non-serious and complaint cases, and whether serious posts are held',
  request: { params: CommunityParams },
  responses: { 200: json(SafetySettingsView, 'Settings') },
})

const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/{community}/settings',
  access: ['admin'],
  tags,
  summary: 'Set the due dates and the hold rule (serious cases: at most 15 days)',
  request: { params: CommunityParams, body: jsonBody(SafetySettingsInput) },
  responses: { 200: json(SafetySettingsView, 'Saved') },
})

function linkOf(c: Context<AppEnv>, record: Pick<CaseRecord, 'contentType' | 'contentId'>): string | null {
  return contentLink(c.var.services.registry, c.var.community.slug, {
    type: record.contentType,
    id: record.contentId,
  })
}

export function exportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(e2bRoute, async (c) => {
    const { caseId } = c.req.valid('param')
    const record = await findCase(c.var.services.db, c.var.community.id, caseId)
    if (!record) throw safetyErrors.safety_case_not_found()
    await auditStatement(c, {
      action: 'safety.case.export',
      targetType: 'safety_case',
      targetId: caseId,
    }).run()
    c.header('Cache-Control', 'no-store')
    const report = toE2B(record, {
      community: c.var.community,
      link: linkOf(c, record),
      now: c.var.services.now(),
    })
    return c.json(report, 200)
  })

  app.openapi(batchRoute, async (c) => {
    const q = c.req.valid('query')
    const { db, now } = c.var.services
    const cases = await listCasesForExport(db, {
      communityId: c.var.community.id,
      ids: q.ids ? q.ids.split(',') : null,
      status: q.status,
      limit: q.limit,
    })
    const batchId = newId('e2b', now())
    await auditStatement(c, {
      action: 'safety.case.export',
      targetType: 'e2b_batch',
      targetId: batchId,
      after: { cases: cases.map((x) => x.id) },
    }).run()
    c.header('Cache-Control', 'no-store')
    const batch = toE2BBatch(cases, {
      community: c.var.community,
      link: null,
      links: (x) => linkOf(c, x),
      now: now(),
      batchId,
    })
    return c.json(batch, 200)
  })

  app.openapi(getSettingsRoute, async (c) => {
    const s = await findSafetySettings(c.var.services.db, c.var.community.id)
    return c.json({ ...s, updatedAt: isoOrNull(s.updatedAt) }, 200)
  })

  app.openapi(putSettingsRoute, async (c) => {
    const input = c.req.valid('json')
    const { db, now } = c.var.services
    const before = await findSafetySettings(db, c.var.community.id)
    const at = now()
    await db.batch([
      upsertSafetySettings(db, c.var.community.id, input, at),
      auditStatement(c, {
        action: 'safety.settings',
        targetType: 'community',
        targetId: c.var.community.id,
        before: { ...before, updatedAt: undefined },
        after: input,
      }),
    ])
    return c.json({ ...input, updatedAt: iso(at) }, 200)
  })
}
