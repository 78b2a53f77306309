import type { Context } from 'hono'
import { auditStatement } from '../../core/audit/record'
import { currentMember } from '../../core/auth/current'
import type { ContentStatus } from '../../core/content/pipeline'
import { type ContentRecord, findContent, findContentsWithPublicText } from '../../core/content/queries'
import { replaceTextStatements, statusStatements } from '../../core/content/service'
import { isUniqueViolation } from '../../core/db'
import { coreErrors } from '../../core/errors'
import type { AppEnv } from '../../env'
import { moderationErrors } from './errors'
import { blockStatements } from './members'
import {
  closeEntry,
  type DecisionRecord,
  decisionState,
  decisionStateOf,
  entryOf,
  findOpenEntry,
  insertDecision,
  type QueueEntry,
  resolveReports,
} from './queries'
import { rejectionReasons } from './reasons'
import type { DecisionRequest } from './schema'

type Action = DecisionRequest['action']

/** Whether `action` applies to an item in its current state (and, for approve, in the queue or removed by us). */
export function applies(action: Action, content: ContentRecord, entry: QueueEntry | null): boolean {
  const { status, statusReason } = content
  if (action === 'reject') return status === 'pending'
  if (action === 'remove') return status === 'published'
  if (action === 'edit') return status === 'pending' || status === 'published'
  if (status === 'pending' || status === 'rejected') return true
  if (status === 'published') return entry !== null
  // A moderator's removal can be undone; an author's withdrawal or deleted account cannot.
  return status === 'removed' && statusReason !== null && statusReason in rejectionReasons
}

function statusAfter(request: DecisionRequest, content: ContentRecord): ContentStatus {
  if (request.action === 'approve') return 'published'
  if (request.action === 'reject') return 'rejected'
  if (request.action === 'remove') return 'removed'
  return request.publish && content.status === 'pending' ? 'published' : content.status
}

/** The moderator's edit merged into the current public text; only existing fields may be replaced. */
async function editedFields(c: Context<AppEnv>, content: ContentRecord, fields: Record<string, string>) {
  const [latest] = await findContentsWithPublicText(c.var.services.db, content.communityId, [content.id])
  const current = latest?.publicText ?? {}
  const unknown = Object.keys(fields).filter((field) => !(field in current))
  if (unknown.length > 0) {
    throw moderationErrors.moderation_unknown_field({ unknown, fields: Object.keys(current) })
  }
  return { before: current, after: { ...current, ...fields } }
}

interface Loaded {
  content: ContentRecord
  entry: QueueEntry | null
  seq: number
}

async function load(c: Context<AppEnv>, contentId: string): Promise<Loaded> {
  const { db } = c.var.services
  const content = await findContent(db, c.var.community.id, contentId)
  if (!content) throw moderationErrors.moderation_content_not_found({ contentId })
  const [entry, state] = await db.batch([
    findOpenEntry(db, contentId),
    decisionState(db, contentId, content.version),
  ])
  return { content, entry: entryOf(entry!), seq: decisionStateOf(state!).seq }
}

interface Outcome {
  status: ContentStatus
  statusReason: string | null
  reason: string | null
  version: number
  edit: { before: Record<string, string>; after: Record<string, string> } | null
}

/** What the decision does to the item, checked against its current state. */
async function plan(c: Context<AppEnv>, loaded: Loaded, request: DecisionRequest): Promise<Outcome> {
  const { content, entry } = loaded
  if (request.version !== undefined && request.version !== content.version) {
    throw moderationErrors.moderation_item_changed({ version: content.version })
  }
  if (!applies(request.action, content, entry)) {
    throw moderationErrors.moderation_invalid_transition({ action: request.action, status: content.status })
  }
  const status = statusAfter(request, content)
  const reason = request.action === 'approve' ? null : request.reason
  const edit = request.action === 'edit' ? await editedFields(c, content, request.fields) : null
  return {
    status,
    reason,
    // The author is told why an item is not public; an unchanged status keeps its reason.
    statusReason: status === 'published' ? null : status === content.status ? content.statusReason : reason,
    version: edit ? content.version + 1 : content.version,
    edit,
  }
}

/** The item's own changes: edited text (new version, moderator marker) and status, in core and its owner. */
function itemStatements(c: Context<AppEnv>, content: ContentRecord, outcome: Outcome): D1PreparedStatement[] {
  const { services } = c.var
  const statements: D1PreparedStatement[] = []
  if (outcome.edit) {
    statements.push(
      ...replaceTextStatements(services, content, {
        fields: outcome.edit.after,
        editorId: currentMember(c).id,
        editorKind: 'moderator',
        reason: outcome.reason ?? 'edit',
      }),
    )
  }
  if (outcome.status !== content.status) {
    statements.push(...statusStatements(services, content, outcome.status, outcome.statusReason))
  }
  return statements
}

/** The decision record, the queue entry and reports closed (unless the item still waits), and the audit entry. */
function recordStatements(
  c: Context<AppEnv>,
  content: ContentRecord,
  outcome: Outcome,
  decision: DecisionRecord,
): D1PreparedStatement[] {
  const { db } = c.var.services
  const { contentId, action, decidedAt: now } = decision
  const statements = [insertDecision(db, decision)]
  if (outcome.status !== 'pending') {
    statements.push(
      closeEntry(db, { contentId, outcome: action, now }),
      resolveReports(db, { contentId, state: action === 'approve' ? 'dismissed' : 'upheld', now }),
    )
  }
  const fields = (side: 'before' | 'after') => (outcome.edit ? { fields: outcome.edit[side] } : {})
  statements.push(
    auditStatement(c, {
      action: `moderation.${action}`,
      targetType: content.type,
      targetId: contentId,
      before: {
        status: content.status,
        statusReason: content.statusReason,
        version: content.version,
        ...fields('before'),
      },
      after: {
        status: outcome.status,
        statusReason: outcome.statusReason,
        version: outcome.version,
        reason: outcome.reason,
        note: decision.note,
        ...fields('after'),
      },
    }),
  )
  return statements
}

/**
 * A moderator's decision on one item, committed in ONE batch: the status (registry and owner's public row),
 * the edited text, the decision record, the queue entry and reports closed, the audit entry, and, if asked, the
 * author's block. Two moderators deciding the same item at once: the second gets 409.
 */
export async function decide(
  c: Context<AppEnv>,
  contentId: string,
  request: DecisionRequest,
  /** Statements recording the answer (idempotency), committed with the decision. */
  answer: (result: DecisionOutcome) => D1PreparedStatement[] = () => [],
): Promise<DecisionOutcome> {
  const { db, now } = c.var.services
  const loaded = await load(c, contentId)
  const { content, entry } = loaded
  const outcome = await plan(c, loaded, request)
  const decision: DecisionRecord = {
    contentId,
    seq: loaded.seq + 1,
    communityId: content.communityId,
    entryId: entry?.id ?? null,
    moderatorId: currentMember(c).id,
    action: request.action,
    reason: outcome.reason,
    note: request.note ?? null,
    statusBefore: content.status,
    statusAfter: outcome.status,
    version: outcome.version,
    queuedAt: entry?.queuedAt ?? null,
    contentCreatedAt: content.createdAt,
    decidedAt: now(),
  }
  const wantsBlock = 'blockAuthor' in request && request.blockAuthor
  const block = wantsBlock
    ? await blockStatements(c, content.authorId, { reason: outcome.reason ?? '', note: request.note })
    : null
  const { status, statusReason, version } = outcome
  const result = { decision, item: { status, statusReason, version }, authorBlocked: block?.blocked ?? false }
  try {
    await db.batch([
      ...itemStatements(c, content, outcome),
      ...recordStatements(c, content, outcome, decision),
      ...(block?.statements ?? []),
      ...answer(result),
    ])
  } catch (err) {
    if (isUniqueViolation(err)) throw coreErrors.conflict({ reason: 'decided_concurrently' })
    throw err
  }
  return result
}

export interface DecisionOutcome {
  decision: DecisionRecord
  item: { status: ContentStatus; statusReason: string | null; version: number }
  authorBlocked: boolean
}
