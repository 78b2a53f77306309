import type { Context } from 'hono'
import { currentMember } from '../../core/auth/current'
import { requestLocale } from '../../core/communities/locale'
import type { Locale } from '../../core/communities/schema'
import { findContent } from '../../core/content/queries'
import { editContent, type StoreOutcome, statusStatements, storeContent } from '../../core/content/service'
import { coreErrors } from '../../core/errors'
import { clientOf, waitUntil } from '../../core/http/client'
import { completeIdempotency } from '../../core/http/idempotency'
import { DAY_MS, iso } from '../../core/time'
import type { AppEnv } from '../../env'
import { EXPERIENCE } from './content-type'
import { experienceErrors } from './errors'
import { parseAnswers } from './forms/answers'
import { cellsOf, roleColumns, sideEffectRecord, structuredAnswers, textFields } from './forms/derive'
import { currentForm, formAt, type ResolvedForm } from './forms/service'
import type { ExperiencesOptions } from './options'
import {
  findReport,
  insertReport,
  type ReportContent,
  type ReportRecord,
  tally,
  untally,
  updateReportContent,
} from './queries'
import type { OwnReport } from './schema'
import { ownReportView } from './views'

type Ctx = Context<AppEnv>

/** Validates answers against a form version and splits them into pipeline text and structured data. */
function prepare(c: Ctx, form: ResolvedForm, raw: Record<string, unknown>) {
  const answers = parseAnswers(form.definition, raw, requestLocale(c))
  const texts = textFields(form.definition, answers)
  const structured = structuredAnswers(form.definition, answers)
  const content = (publicTexts: Record<string, string>): ReportContent => ({
    answers: structured,
    texts: publicTexts,
    cells: cellsOf(form.definition, answers),
    roles: roleColumns(form.definition, answers),
  })
  const sideEffects = sideEffectRecord(form.definition, answers)
  return { texts, data: { formVersion: form.version, answers: structured, sideEffects }, content }
}

export function ownView(
  c: Ctx,
  report: ReportRecord,
  form: ResolvedForm,
  options: ExperiencesOptions,
  status: { status: ReportRecord['status']; statusReason: string | null },
): OwnReport {
  return ownReportView(report, form.definition, {
    community: c.var.community,
    locale: requestLocale(c),
    ...status,
    editableUntil: editableUntil(report, options),
  })
}

/** Until when the author may edit a report. */
function editableUntil(report: Pick<ReportRecord, 'createdAt'>, options: ExperiencesOptions): number {
  return report.createdAt + options.editWindowDays * DAY_MS
}

function recordOf(
  c: Ctx,
  outcome: StoreOutcome,
  form: ResolvedForm,
  content: ReportContent,
  locale: string,
): ReportRecord {
  return {
    id: outcome.id,
    communityId: c.var.community.id,
    authorId: outcome.author.id,
    authorPseudonym: outcome.author.pseudonym,
    authorBadges: outcome.author.badges,
    status: outcome.status,
    formVersion: form.version,
    locale,
    answers: content.answers,
    texts: content.texts,
    rating: content.roles.rating,
    helpfulCount: 0,
    editedBy: null,
    editedAt: null,
    createdAt: outcome.createdAt,
  }
}

/** A member's new report: checked against the current form, then stored through the content pipeline. */
export async function submitReport(
  c: Ctx,
  body: { formVersion?: number; locale?: Locale; answers: Record<string, unknown> },
  options: ExperiencesOptions,
): Promise<OwnReport> {
  const member = currentMember(c)
  // A review by someone acting for the company would pass for a consumer's; their voice is the official one.
  if (member.roles.length > 0) throw experienceErrors.experiences_staff_cannot_report({ roles: member.roles })
  const { db } = c.var.services
  const community = c.var.community
  const form = await currentForm(db, community)
  if (body.formVersion !== undefined && body.formVersion !== form.version)
    throw experienceErrors.experiences_form_changed({ currentVersion: form.version })
  const prepared = prepare(c, form, body.answers)
  const locale = body.locale ?? requestLocale(c)
  let view: OwnReport | undefined
  await storeContent(
    c.var.services,
    {
      community,
      author: member,
      type: EXPERIENCE,
      fields: prepared.texts,
      data: prepared.data,
      locale,
      client: clientOf(c),
    },
    {
      commit: (outcome) => {
        const content = prepared.content(outcome.fields)
        const record = recordOf(c, outcome, form, content, locale)
        view = ownView(c, record, form, options, {
          status: outcome.status,
          statusReason: outcome.statusReason,
        })
        return [
          insertReport(db, {
            id: outcome.id,
            communityId: community.id,
            author: outcome.author,
            status: outcome.status,
            formVersion: form.version,
            locale,
            content,
            now: outcome.createdAt,
          }),
          tally(db, outcome.id),
          ...completeIdempotency(c, 201, view),
        ]
      },
      waitUntil: waitUntil(c),
    },
  )
  return view!
}

/** The report and its registry record, if the caller wrote it; else 404 / 403 `not_owner`. */
async function ownedReport(c: Ctx, reportId: string) {
  const member = currentMember(c)
  const { db } = c.var.services
  const [report, content] = await Promise.all([
    findReport(db, c.var.community.id, reportId),
    findContent(db, c.var.community.id, reportId),
  ])
  if (!report || !content || content.type !== EXPERIENCE)
    throw experienceErrors.experiences_report_not_found()
  if (content.authorId !== member.id) throw coreErrors.not_owner()
  return { member, report, content }
}

/** The author's edit within the edit window: a new version through the pipeline, against the same form version. */
export async function editReport(
  c: Ctx,
  reportId: string,
  raw: Record<string, unknown>,
  options: ExperiencesOptions,
): Promise<OwnReport> {
  const { member, report, content } = await ownedReport(c, reportId)
  if (content.status === 'withdrawn' || content.status === 'removed')
    throw experienceErrors.experiences_not_editable({ status: content.status })
  const now = c.var.services.now()
  const until = editableUntil(report, options)
  if (now > until) throw experienceErrors.experiences_edit_window_closed({ editableUntil: iso(until) })
  const { db } = c.var.services
  const form = (await formAt(db, c.var.community, report.formVersion))!
  const prepared = prepare(c, form, raw)
  let view: OwnReport | undefined
  await editContent(
    c.var.services,
    {
      community: c.var.community,
      author: member,
      content,
      fields: prepared.texts,
      data: prepared.data,
      client: clientOf(c),
    },
    {
      commit: (outcome) => {
        const next = prepared.content(outcome.fields)
        const record: ReportRecord = {
          ...report,
          status: outcome.status,
          answers: next.answers,
          texts: next.texts,
          rating: next.roles.rating,
          editedBy: report.editedBy === 'moderator' ? 'moderator' : 'author',
          editedAt: now,
        }
        view = ownView(c, record, form, options, {
          status: outcome.status,
          statusReason: outcome.statusReason,
        })
        return [
          untally(db, reportId),
          updateReportContent(db, {
            id: reportId,
            status: outcome.status,
            version: outcome.version,
            content: next,
            now,
          }),
          tally(db, reportId),
          ...completeIdempotency(c, 200, view),
        ]
      },
      waitUntil: waitUntil(c),
    },
  )
  return view!
}

/** Withdraws the caller's report: hidden publicly, kept with every version for the record. Idempotent. */
export async function withdrawReport(
  c: Ctx,
  reportId: string,
  options: ExperiencesOptions,
): Promise<OwnReport> {
  const { report, content } = await ownedReport(c, reportId)
  if (content.status === 'removed')
    throw experienceErrors.experiences_not_editable({ status: content.status })
  const { db } = c.var.services
  const form = (await formAt(db, c.var.community, report.formVersion))!
  if (content.status !== 'withdrawn') {
    await db.batch(statusStatements(c.var.services, content, 'withdrawn', 'withdrawn_by_author'))
  }
  return ownView(c, { ...report, status: 'withdrawn' }, form, options, {
    status: 'withdrawn',
    statusReason: 'withdrawn_by_author',
  })
}
