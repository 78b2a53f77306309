import type { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditStatement } from '../../core/audit/record'
import { currentMember } from '../../core/auth/current'
import { type ContentRecord, findContent } from '../../core/content/queries'
import { statusStatements } from '../../core/content/service'
import { newId } from '../../core/crypto'
import type { AppEnv } from '../../env'
import { moderationErrors } from './errors'
import {
  countOpenReports,
  decisionState,
  decisionStateOf,
  enqueueHeld,
  enqueueReported,
  findReport,
  insertReport,
  type Report,
} from './queries'
import type { CreateReport } from './schema'
import { loadRules } from './settings'

/**
 * Holds a published item once `threshold` members have open reports on it, unless a moderator already
 * published this very version (then it stays in the queue as reported, but public: reports alone cannot take
 * down a post a moderator cleared, which protects negative reviews from being reported away).
 */
async function holdIfReportedEnough(c: Context<AppEnv>, content: ContentRecord): Promise<boolean> {
  const { db, now } = c.var.services
  const [rules, open, state] = await Promise.all([
    loadRules(db, content.communityId),
    countOpenReports(db, content.id),
    decisionState(db, content.id, content.version).all(),
  ])
  if (open < rules.reportThreshold || decisionStateOf(state).cleared) return false
  const at = now()
  const message = `${open} members reported it (threshold ${rules.reportThreshold}).`
  await db.batch([
    ...statusStatements(c.var.services, content, 'pending', 'reported'),
    enqueueHeld(db, {
      id: newId('mqe', at),
      communityId: content.communityId,
      contentId: content.id,
      contentType: content.type,
      authorId: content.authorId,
      reasons: [{ hook: 'moderation.reports', verdict: 'hold', code: 'reported', message }],
      now: at,
    }),
    auditStatement(c, {
      action: 'moderation.report_hold',
      targetType: content.type,
      targetId: content.id,
      before: { status: content.status },
      after: { status: 'pending', statusReason: 'reported', openReports: open },
    }),
  ])
  return true
}

/**
 * A member reports a published item. Reporting the same item again returns the first report unchanged.
 * The item enters the queue (still public); at the community's threshold it is held.
 */
export async function fileReport(c: Context<AppEnv>, input: z.output<typeof CreateReport>) {
  const { db, now } = c.var.services
  const member = currentMember(c)
  const content = await findContent(db, c.var.community.id, input.contentId)
  if (!content) throw moderationErrors.moderation_content_not_found({ contentId: input.contentId })
  if (content.authorId === member.id) throw moderationErrors.moderation_own_content()
  const existing = await findReport(db, content.id, member.id)
  if (existing) return { report: existing, created: false }
  if (content.status !== 'published')
    throw moderationErrors.moderation_not_reportable({ status: content.status })
  const at = now()
  const report: Report = {
    id: newId('mrp', at),
    communityId: content.communityId,
    contentId: content.id,
    reporterId: member.id,
    reason: input.reason,
    note: input.note || null,
    state: 'open',
    createdAt: at,
    resolvedAt: null,
  }
  const [inserted] = await db.batch([
    insertReport(db, report),
    enqueueReported(db, {
      id: newId('mqe', at),
      communityId: content.communityId,
      contentId: content.id,
      contentType: content.type,
      authorId: content.authorId,
      reasons: [],
      now: at,
    }),
  ])
  // The same member's report racing this one won: answer with theirs.
  if (!inserted?.meta.changes)
    return { report: (await findReport(db, content.id, member.id))!, created: false }
  await holdIfReportedEnough(c, content)
  return { report, created: true }
}
