import { z } from '@hono/zod-openapi'
import { etag } from 'hono/etag'
import { Locale } from '../../core/communities/schema'
import { idempotent } from '../../core/http/idempotency'
import { CommunityParams, defineRoute, idParam, json, jsonBody } from '../../core/http/route'
import {
  EditReport,
  Feed,
  FeedQuery,
  Form,
  Helpful,
  MineQuery,
  MyReports,
  OwnReport,
  Report,
  ReportVersion,
  SaveForm,
  SubmitReport,
  Summary,
} from './schema'

// Route declarations of the experiences plugin (handlers in handlers.ts). Mounted at /v1/experiences.

const tags = ['Experiences']
const ReportParams = CommunityParams.extend({ reportId: idParam('reportId', 'exp') })
const LocaleQuery = z.object({ locale: Locale.optional() })

export const getFormRoute = defineRoute({
  method: 'get',
  path: '/{community}/form',
  access: 'public',
  tags,
  summary: 'The feedback form (current version, or `version=N`), with labels in every language',
  middleware: [etag()],
  request: {
    params: CommunityParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(100000).optional() }),
  },
  responses: { 200: json(Form, 'The form definition') },
})

export const saveFormRoute = defineRoute({
  method: 'put',
  path: '/{community}/form',
  access: ['admin'],
  tags,
  summary: 'Save a new version of the feedback form (validated; old reports keep their version); audited',
  request: { params: CommunityParams, body: jsonBody(SaveForm) },
  responses: { 200: json(Form, 'The saved version') },
})

export const submitRoute = defineRoute({
  method: 'post',
  path: '/{community}/reports',
  access: 'member',
  tags,
  summary: 'Submit an experience report (checked against the form; `Idempotency-Key` supported)',
  middleware: [idempotent()],
  request: { params: CommunityParams, query: LocaleQuery, body: jsonBody(SubmitReport) },
  responses: { 201: json(OwnReport, 'Stored; `status` says whether it is published or held for review') },
})

export const feedRoute = defineRoute({
  method: 'get',
  path: '/{community}/reports',
  access: 'public',
  tags,
  summary: 'Published reports, newest or most helpful first, filtered by rating or time on product',
  middleware: [etag()],
  request: { params: CommunityParams, query: FeedQuery },
  responses: { 200: json(Feed, 'A page of reports; `next` is the cursor of the next page') },
})

export const mineRoute = defineRoute({
  method: 'get',
  path: '/{community}/reports/mine',
  access: 'member',
  tags,
  summary: 'My reports in any status (published, pending, rejected, withdrawn) with the status reason',
  request: { params: CommunityParams, query: MineQuery },
  responses: { 200: json(MyReports, 'My reports, newest first') },
})

export const getReportRoute = defineRoute({
  method: 'get',
  path: '/{community}/reports/{reportId}',
  access: 'public',
  tags,
  summary: 'One report: published for anyone; its author and reviewing staff see it in any status',
  request: { params: ReportParams, query: LocaleQuery },
  responses: { 200: json(z.union([OwnReport, Report]), 'The report') },
})

export const editRoute = defineRoute({
  method: 'patch',
  path: '/{community}/reports/{reportId}',
  access: 'member',
  tags,
  summary: 'Edit my report within the edit window (a new version; the public view is marked edited)',
  middleware: [idempotent()],
  request: { params: ReportParams, query: LocaleQuery, body: jsonBody(EditReport) },
  responses: { 200: json(OwnReport, 'The edited report') },
})

export const withdrawRoute = defineRoute({
  method: 'post',
  path: '/{community}/reports/{reportId}/withdraw',
  access: 'member',
  tags,
  summary: 'Withdraw my report: hidden publicly, kept for the record',
  request: { params: ReportParams, query: LocaleQuery },
  responses: { 200: json(OwnReport, 'The withdrawn report') },
})

export const markHelpfulRoute = defineRoute({
  method: 'post',
  path: '/{community}/reports/{reportId}/helpful',
  access: 'member',
  tags,
  summary: 'Mark a report helpful (once per member; repeating it changes nothing)',
  request: { params: ReportParams },
  responses: { 200: json(Helpful, 'Marked') },
})

export const unmarkHelpfulRoute = defineRoute({
  method: 'delete',
  path: '/{community}/reports/{reportId}/helpful',
  access: 'member',
  tags,
  summary: 'Take back my helpful mark',
  request: { params: ReportParams },
  responses: { 200: json(Helpful, 'Unmarked') },
})

export const versionsRoute = defineRoute({
  method: 'get',
  path: '/{community}/reports/{reportId}/versions',
  access: ['moderator', 'safety', 'admin'],
  tags,
  summary: 'Every version of a report, verbatim and as published, with the pipeline decisions (restricted)',
  request: { params: ReportParams },
  responses: { 200: json(z.object({ versions: z.array(ReportVersion) }), 'Versions, oldest first') },
})

export const summaryRoute = defineRoute({
  method: 'get',
  path: '/{community}/summary',
  access: 'public',
  tags,
  summary: 'The product-page aggregate over published reports, small cells hidden',
  middleware: [etag()],
  request: { params: CommunityParams, query: LocaleQuery },
  responses: { 200: json(Summary, 'Counts, averages, NPS, side effects and channels') },
})
