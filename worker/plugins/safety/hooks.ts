import { companyRoles } from '../../core/auth/roles'
import type { HookContext, HookResult, Reason } from '../../core/content/pipeline'
import { findContent } from '../../core/content/queries'
import { newId } from '../../core/crypto'
import { deliveryStatement } from '../../core/delivery/service'
import { findPrivateDetails } from '../../core/members/queries'
import { DAY_MS } from '../../core/time'
import { mergeDetection, newTerms } from './cases/merge'
import { type CaseRecord, kindOf, type SafetySettings } from './cases/model'
import { buildCase, elementsOf } from './cases/open'
import { type DeliveryEvent, deliveryData } from './cases/views'
import { type Detection, detect, productTermsOf } from './detect'
import { withChecklist } from './detect/checklist'
import {
  findCaseByContent,
  findSafetySettings,
  followUpCase,
  insertCase,
  insertHistory,
  insertHistoryNext,
} from './queries'

type Ctx = Pick<HookContext, 'db' | 'now' | 'community' | 'author' | 'content' | 'decision'>

/** Company staff write as the company (answers, notices): their text is not a consumer report. */

function summary(d: Detection): string {
  const parts = [
    d.events.length ? `possible adverse event (${d.events.map((e) => e.term).join(', ')})` : '',
    d.complaints.length ? `possible product complaint (${d.complaints.map((c) => c.term).join(', ')})` : '',
    d.seriousness.length ? `possibly serious (${d.seriousness.map((s) => s.criterion).join(', ')})` : '',
  ]
  return parts.filter(Boolean).join('; ')
}

function verdictOf(
  d: Detection,
  settings: SafetySettings,
  caseId: string,
): Pick<HookResult, 'verdict' | 'reasons' | 'flags'> {
  const flags = [
    'safety_case',
    ...(d.adverseEvent ? ['possible_ae'] : []),
    ...(d.complaint ? ['possible_complaint'] : []),
    ...(d.possiblySerious ? ['possibly_serious'] : []),
  ]
  const message = `Safety case ${caseId}: ${summary(d)}.`
  if (d.possiblySerious && settings.holdSerious) {
    const reason: Omit<Reason, 'hook'> = { verdict: 'hold', code: 'safety_review', message }
    return { verdict: 'hold', reasons: [reason], flags }
  }
  const code = d.adverseEvent ? 'possible_adverse_event' : 'possible_product_complaint'
  return { reasons: [{ verdict: 'publish', code, message }], flags }
}

function delivery(
  ctx: Ctx,
  event: DeliveryEvent,
  topic: string,
  c: Omit<CaseRecord, 'number'>,
  change?: Record<string, unknown>,
) {
  return deliveryStatement(ctx.db, ctx.now, {
    communityId: ctx.community.id,
    endpoint: 'safety',
    topic,
    data: deliveryData(event, { ...c, number: null }, ctx.community, ctx.content.link, ctx.now, change),
  })
}

function contactInPost(ctx: Ctx): string[] {
  return ctx.decision.flags
    .filter((f) => f.startsWith('pii_redacted:'))
    .map((f) => f.slice(13))
    .filter((t) => ['email', 'phone', 'fax', 'address', 'name'].includes(t))
}

async function openCase(ctx: Ctx, detection: Detection, settings: SafetySettings): Promise<HookResult> {
  const [details, stored] = await Promise.all([
    findPrivateDetails(ctx.db, ctx.author.id),
    ctx.content.isEdit ? findContent(ctx.db, ctx.community.id, ctx.content.id) : null,
  ])
  const record = buildCase({
    id: newId('sfc', ctx.now),
    community: ctx.community,
    author: ctx.author,
    content: { ...ctx.content, version: stored ? stored.version + 1 : 1 },
    detection,
    settings,
    details,
    contactInPost: contactInPost(ctx),
    postedAt: stored?.createdAt ?? ctx.now,
    now: ctx.now,
  })
  const sent = delivery(ctx, 'opened', 'safety.case.opened', record)
  const opened = insertHistory(ctx.db, {
    caseId: record.id,
    communityId: ctx.community.id,
    seq: 1,
    action: 'opened',
    fromStatus: null,
    toStatus: 'new',
    note: null,
    data: {
      contentVersion: record.contentVersion,
      kind: record.kind,
      serious: record.serious,
      summary: summary(detection),
    },
    actorId: 'system',
    at: ctx.now,
  })
  return {
    ...verdictOf(detection, settings, record.id),
    writes: [insertCase(ctx.db, record), opened],
    deliveries: [sent],
  }
}

/** An edit of a post that already has a case: new information for the same case, never a second case. */
function followUp(
  ctx: Ctx,
  existing: CaseRecord,
  detection: Detection,
  settings: SafetySettings,
): HookResult {
  const merged = mergeDetection(existing.detection, detection)
  const escalated = merged.possiblySerious && !existing.serious
  const updated = {
    ...existing,
    kind: kindOf(merged),
    serious: merged.possiblySerious,
    detection: merged,
    elements: elementsOf(merged, existing.reporter, ctx.community),
    dueAt: escalated ? Math.min(existing.dueAt, ctx.now + settings.seriousDays * DAY_MS) : existing.dueAt,
    updatedAt: ctx.now,
  }
  const added = newTerms(existing.detection, detection)
  const sent = delivery(ctx, 'follow_up', 'safety.case.updated', updated, {
    newTerms: added,
    escalated,
    text: ctx.content.original,
  })
  const entry = insertHistoryNext(ctx.db, {
    caseId: existing.id,
    communityId: ctx.community.id,
    action: 'follow_up',
    fromStatus: null,
    toStatus: null,
    note: null,
    data: { text: ctx.content.original, newTerms: added, escalated },
    actorId: ctx.author.id,
    at: ctx.now,
  })
  const decided =
    detection.adverseEvent || detection.complaint ? verdictOf(detection, settings, existing.id) : {}
  return {
    ...decided,
    flags: [...(decided.flags ?? ['safety_case']), 'safety_follow_up'],
    writes: [followUpCase(ctx.db, { ...updated, now: ctx.now }), entry],
    deliveries: [sent],
  }
}

/**
 * Screens the VERBATIM text of every consumer post (the redacted text may have lost a name or a date the
 * case needs) and opens a safety case in the same batch as the post: the post and its case cannot be
 * separated, and the case's delivery to the safety system is queued with them.
 */
export async function screenForSafety(ctx: Ctx): Promise<HookResult | undefined> {
  if (ctx.author.roles.some((role) => companyRoles.includes(role))) return undefined
  const fromText = detect(ctx.content.original, {
    productTerms: productTermsOf(ctx.community.product.name),
    linkRequired: ctx.community.product.kind === 'service',
  })
  const detection = withChecklist(fromText, ctx.content.data)
  const found = detection.adverseEvent || detection.complaint
  const existing = ctx.content.isEdit
    ? await findCaseByContent(ctx.db, ctx.community.id, ctx.content.id)
    : null
  if (!found && !existing) return undefined
  const settings = await findSafetySettings(ctx.db, ctx.community.id)
  return existing ? followUp(ctx, existing, detection, settings) : openCase(ctx, detection, settings)
}
