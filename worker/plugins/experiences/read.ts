import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { currentMember, optionalMember } from '../../core/auth/current'
import { hasAnyRole } from '../../core/auth/principal'
import { requestLocale } from '../../core/communities/locale'
import { findContent, findContents } from '../../core/content/queries'
import { decodeCursor, encodeCursor } from '../../core/http/cursor'
import type { AppEnv } from '../../env'
import { EXPERIENCE } from './content-type'
import { experienceErrors } from './errors'
import { defaultForm } from './forms/defaults'
import { formHistory, formsFor, type ResolvedForm } from './forms/service'
import type { ExperiencesOptions } from './options'
import { type FeedPosition, feedPage, findReport, helpedBy, reportsByAuthor, tallies } from './queries'
import type { Feed, FeedQuery, OwnReport, Report, Summary } from './schema'
import { ownView } from './service'
import { buildSummary } from './summary'
import { reportView } from './views'

type Ctx = Context<AppEnv>

const NewestCursor = z.tuple([z.literal('n'), z.number(), z.string()])
const HelpfulCursor = z.tuple([z.literal('h'), z.number(), z.number(), z.string()])

function position(sort: 'newest' | 'helpful', cursor: string | undefined): FeedPosition | null {
  if (sort === 'newest') {
    const at = decodeCursor(cursor, NewestCursor)
    return at && { helpfulCount: 0, createdAt: at[1], id: at[2] }
  }
  const at = decodeCursor(cursor, HelpfulCursor)
  return at && { helpfulCount: at[1], createdAt: at[2], id: at[3] }
}

const cursorOf = (sort: 'newest' | 'helpful', r: { helpfulCount: number; createdAt: number; id: string }) =>
  sort === 'newest'
    ? encodeCursor(['n', r.createdAt, r.id])
    : encodeCursor(['h', r.helpfulCount, r.createdAt, r.id])

/**
 * A page of the public feed: published reports only, newest or most helpful first, keyset-paginated so new
 * reports never cause repeats or gaps. Reads at most `limit + 1` report rows, the page's form versions and,
 * for a signed-in member, their helpful marks on the page.
 */
export async function feed(c: Ctx, q: z.infer<typeof FeedQuery>): Promise<Feed> {
  const { db } = c.var.services
  const community = c.var.community
  const rows = await feedPage(db, {
    communityId: community.id,
    sort: q.sort,
    rating: q.rating ?? null,
    bucket: q.timeOnProduct ?? null,
    after: position(q.sort, q.cursor),
    limit: q.limit + 1,
  })
  const page = rows.slice(0, q.limit)
  const member = optionalMember(c)
  const [forms, helped] = await Promise.all([
    formsFor(
      db,
      community,
      page.map((r) => r.formVersion),
    ),
    member
      ? helpedBy(
          db,
          member.id,
          page.map((r) => r.id),
        )
      : Promise.resolve(null),
  ])
  const locale = requestLocale(c)
  return {
    reports: page.map((r) =>
      reportView(r, forms.get(r.formVersion) ?? defaultForm(community.product.kind), {
        community,
        locale,
        helpedByMe: helped ? helped.has(r.id) : null,
      }),
    ),
    next: rows.length > q.limit ? cursorOf(q.sort, page[page.length - 1]!) : null,
  }
}

/** The caller's own reports in any status, with the reason for a hold or rejection. */
export async function mine(c: Ctx, q: { cursor?: string; limit: number }, options: ExperiencesOptions) {
  const member = currentMember(c)
  const { db } = c.var.services
  const community = c.var.community
  const at = decodeCursor(q.cursor, NewestCursor)
  const rows = await reportsByAuthor(db, {
    communityId: community.id,
    authorId: member.id,
    after: at && { createdAt: at[1], id: at[2] },
    limit: q.limit + 1,
  })
  const page = rows.slice(0, q.limit)
  const [forms, registry] = await Promise.all([
    formsFor(
      db,
      community,
      page.map((r) => r.formVersion),
    ),
    findContents(
      db,
      community.id,
      page.map((r) => r.id),
    ),
  ])
  const statuses = new Map(registry.map((item) => [item.id, item]))
  const reports = page.map((r) => {
    const form = resolved(r.formVersion, forms.get(r.formVersion) ?? defaultForm(community.product.kind))
    const item = statuses.get(r.id)
    return ownView(c, r, form, options, {
      status: item?.status ?? r.status,
      statusReason: item?.statusReason ?? null,
    })
  })
  const last = page[page.length - 1]
  return {
    reports,
    next: rows.length > q.limit && last ? encodeCursor(['n', last.createdAt, last.id]) : null,
  }
}

const resolved = (version: number, definition: ResolvedForm['definition']): ResolvedForm => ({
  version,
  definition,
  isDefault: false,
  createdAt: null,
})

/** Staff who may see a report that is not published (to review it or follow up a safety case). */
const reviewers = ['moderator', 'safety', 'admin', 'reviewer'] as const

/**
 * One report: published ones for anyone; the author and reviewing staff also see it in any status, with its
 * status and every answer.
 */
export async function oneReport(
  c: Ctx,
  reportId: string,
  options: ExperiencesOptions,
): Promise<Report | OwnReport> {
  const { db } = c.var.services
  const community = c.var.community
  const [content, report] = await Promise.all([
    findContent(db, community.id, reportId),
    findReport(db, community.id, reportId),
  ])
  const member = optionalMember(c)
  const privileged =
    content !== null && (content.authorId === member?.id || hasAnyRole(c.var.principal, reviewers))
  if (!content || !report || content.type !== EXPERIENCE || (content.status !== 'published' && !privileged))
    throw experienceErrors.experiences_report_not_found()
  const forms = await formsFor(db, community, [report.formVersion])
  const definition = forms.get(report.formVersion) ?? defaultForm(community.product.kind)
  if (privileged) {
    return ownView(c, report, resolved(report.formVersion, definition), options, {
      status: content.status,
      statusReason: content.statusReason,
    })
  }
  const helped = member ? await helpedBy(db, member.id, [report.id]) : null
  return reportView(report, definition, {
    community,
    locale: requestLocale(c),
    helpedByMe: helped ? helped.has(report.id) : null,
  })
}

/** The product-page aggregate with small-cell suppression (see summary.ts). */
export async function summary(c: Ctx, options: ExperiencesOptions): Promise<Summary> {
  const { db } = c.var.services
  const community = c.var.community
  const [history, counts] = await Promise.all([formHistory(db, community), tallies(db, community.id)])
  return buildSummary(history, counts, { k: options.minGroupSize, locale: requestLocale(c), community })
}
