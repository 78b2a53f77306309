import type { OpenAPIHono } from '@hono/zod-openapi'
import { auditStatement } from '../../core/audit/record'
import { currentMember } from '../../core/auth/current'
import { actorId } from '../../core/auth/principal'
import { listVersions } from '../../core/content/queries'
import { isUniqueViolation } from '../../core/db'
import { coreErrors } from '../../core/errors'
import { iso, isoOrNull } from '../../core/time'
import type { AppEnv } from '../../env'
import { experienceErrors } from './errors'
import { currentForm, formAt, type ResolvedForm, saveFormStatements } from './forms/service'
import type { ExperiencesOptions } from './options'
import { deleteHelpful, findReport, insertHelpful, recountHelpful } from './queries'
import { feed, mine, oneReport, summary } from './read'
import {
  editRoute,
  feedRoute,
  getFormRoute,
  getReportRoute,
  markHelpfulRoute,
  mineRoute,
  saveFormRoute,
  submitRoute,
  summaryRoute,
  unmarkHelpfulRoute,
  versionsRoute,
  withdrawRoute,
} from './routes'
import { editReport, submitReport, withdrawReport } from './service'

const formView = (form: ResolvedForm) => ({
  version: form.version,
  isDefault: form.isDefault,
  createdAt: isoOrNull(form.createdAt),
  definition: form.definition,
})

function formRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getFormRoute, async (c) => {
    const { version } = c.req.valid('query')
    const { db } = c.var.services
    const form =
      version === undefined
        ? await currentForm(db, c.var.community)
        : await formAt(db, c.var.community, version)
    if (!form) throw experienceErrors.experiences_form_version_not_found({ version })
    return c.json(formView(form), 200)
  })

  app.openapi(saveFormRoute, async (c) => {
    const { definition, baseVersion } = c.req.valid('json')
    const { db, now } = c.var.services
    const at = now()
    const saved = await saveFormStatements(db, c.var.community, {
      definition,
      baseVersion,
      actorId: actorId(c.var.principal),
      now: at,
    })
    const audit = auditStatement(c, {
      action: 'experiences.form.save',
      targetType: 'experience_form',
      targetId: `${c.var.community.id}:${saved.version}`,
      before: { version: saved.previous.version },
      after: { version: saved.version, definition },
    })
    try {
      await db.batch([...saved.statements, audit])
    } catch (err) {
      // Two admins saving at once: the version primary key lets only one of them win.
      if (isUniqueViolation(err)) throw coreErrors.conflict({ reason: 'form_saved_concurrently' })
      throw err
    }
    return c.json(formView({ version: saved.version, definition, isDefault: false, createdAt: at }), 200)
  })
}

function reportRoutes(app: OpenAPIHono<AppEnv>, options: ExperiencesOptions) {
  app.openapi(submitRoute, async (c) => c.json(await submitReport(c, c.req.valid('json'), options), 201))
  app.openapi(feedRoute, async (c) => c.json(await feed(c, c.req.valid('query')), 200))
  // Before `/reports/{reportId}`, which would otherwise claim `mine`.
  app.openapi(mineRoute, async (c) => c.json(await mine(c, c.req.valid('query'), options), 200))
  app.openapi(getReportRoute, async (c) =>
    c.json(await oneReport(c, c.req.valid('param').reportId, options), 200),
  )
  app.openapi(editRoute, async (c) =>
    c.json(await editReport(c, c.req.valid('param').reportId, c.req.valid('json').answers, options), 200),
  )
  app.openapi(withdrawRoute, async (c) =>
    c.json(await withdrawReport(c, c.req.valid('param').reportId, options), 200),
  )
  app.openapi(versionsRoute, async (c) => {
    const { reportId } = c.req.valid('param')
    const { db } = c.var.services
    const report = await findReport(db, c.var.community.id, reportId)
    if (!report) throw experienceErrors.experiences_report_not_found()
    const versions = await listVersions(db, c.var.community.id, reportId)
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          editorKind: v.editorKind,
          original: v.original,
          public: v.public,
          data: v.data,
          verdict: v.decision.verdict,
          reasons: v.decision.reasons.map((r) => ({ hook: r.hook, code: r.code, verdict: r.verdict })),
          createdAt: iso(v.createdAt),
        })),
      },
      200,
    )
  })
  app.openapi(summaryRoute, async (c) => c.json(await summary(c, options), 200))
}

function helpfulRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(markHelpfulRoute, async (c) => {
    const member = currentMember(c)
    const { reportId } = c.req.valid('param')
    const { db, now } = c.var.services
    const report = await findReport(db, c.var.community.id, reportId)
    if (report?.status !== 'published') throw experienceErrors.experiences_report_not_found()
    if (report.authorId === member.id) throw experienceErrors.experiences_own_report()
    const [, counted] = await db.batch<{ helpful_count: number }>([
      insertHelpful(db, { reportId, memberId: member.id, communityId: c.var.community.id, now: now() }),
      recountHelpful(db, reportId),
    ])
    return c.json({ reportId, helpedByMe: true, helpfulCount: counted?.results[0]?.helpful_count ?? 0 }, 200)
  })

  app.openapi(unmarkHelpfulRoute, async (c) => {
    const member = currentMember(c)
    const { reportId } = c.req.valid('param')
    const { db } = c.var.services
    const report = await findReport(db, c.var.community.id, reportId)
    if (!report) throw experienceErrors.experiences_report_not_found()
    const [, counted] = await db.batch<{ helpful_count: number }>([
      deleteHelpful(db, reportId, member.id),
      recountHelpful(db, reportId),
    ])
    return c.json({ reportId, helpedByMe: false, helpfulCount: counted?.results[0]?.helpful_count ?? 0 }, 200)
  })
}

export function experienceRoutes(app: OpenAPIHono<AppEnv>, options: ExperiencesOptions) {
  formRoutes(app)
  reportRoutes(app, options)
  helpfulRoutes(app)
}
