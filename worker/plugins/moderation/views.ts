import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Community } from '../../core/communities/schema'
import {
  type ContentRecord,
  findContent,
  findContentsWithPublicText,
  listVersions,
} from '../../core/content/queries'
import { contentLink } from '../../core/content/service'
import { decodeCursor, encodeCursor } from '../../core/http/cursor'
import { findMember, findMembers } from '../../core/members/queries'
import { iso, isoOrNull } from '../../core/time'
import type { AppEnv } from '../../env'
import { moderationErrors } from './errors'
import {
  closeEntry,
  type DecisionRecord,
  entryOf,
  findOpenEntry,
  listItemDecisions,
  listQueue,
  listReports,
  type QueueEntry,
  type Report,
  reportCounts,
} from './queries'
import type { QueueQuery } from './schema'

export function decisionView(d: DecisionRecord) {
  return {
    contentId: d.contentId,
    seq: d.seq,
    action: d.action,
    reason: d.reason,
    note: d.note,
    moderatorId: d.moderatorId,
    statusBefore: d.statusBefore,
    statusAfter: d.statusAfter,
    version: d.version,
    queuedAt: isoOrNull(d.queuedAt),
    decidedAt: iso(d.decidedAt),
  }
}

export function reportView(r: Report) {
  return { id: r.id, contentId: r.contentId, reason: r.reason, state: r.state, createdAt: iso(r.createdAt) }
}

function staffReportView(r: Report) {
  return { ...reportView(r), reporterId: r.reporterId, note: r.note, resolvedAt: isoOrNull(r.resolvedAt) }
}

function linkOf(c: Context<AppEnv>, content: Pick<ContentRecord, 'type' | 'id'>): string {
  return contentLink(c.var.services.registry, c.var.community.slug, content) ?? ''
}

/** The live state of an item: its versions (public text and decisions only) and its author. */
async function itemParts(c: Context<AppEnv>, contentId: string, authorId: string) {
  const { db } = c.var.services
  const community: Community = c.var.community
  const [versions, author] = await Promise.all([
    listVersions(db, community.id, contentId),
    findMember(db, community.id, authorId),
  ])
  return {
    versions,
    author: {
      id: authorId,
      pseudonym: author?.pseudonym ?? '',
      status: author?.status ?? ('deleted' as const),
    },
  }
}

/** Nothing left to decide: withdrawn by its author, removed by account deletion, or rejected elsewhere. */
function resolvedElsewhere(content: ContentRecord | null): boolean {
  return !content || (content.status !== 'pending' && content.status !== 'published')
}

const Cursor = z.tuple([z.number(), z.string()])

/** The live state of a page of items, in three reads whatever the page size. */
async function pageParts(c: Context<AppEnv>, page: QueueEntry[]) {
  const { db } = c.var.services
  const community = c.var.community
  const ids = page.map((e) => e.contentId)
  const [contents, members, counts] = await Promise.all([
    findContentsWithPublicText(db, community.id, ids),
    findMembers(db, community.id, [...new Set(page.map((e) => e.authorId))]),
    reportCounts(db, community.id, ids),
  ])
  return {
    content: new Map(contents.map((x) => [x.id, x])),
    members: new Map(members.map((m) => [m.id, m])),
    counts,
  }
}

/** A page of the open queue, oldest first, each item with why it is there and its current public text. */
export async function queuePage(c: Context<AppEnv>, q: z.output<typeof QueueQuery>) {
  const { db, now } = c.var.services
  const community = c.var.community
  const rows = await listQueue(db, {
    communityId: community.id,
    held: q.kind === 'all' ? null : q.kind === 'held',
    type: q.type ?? null,
    code: q.code ?? null,
    after: decodeCursor(q.cursor, Cursor),
    limit: q.limit + 1,
  })
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const next = rows.length > q.limit && last ? encodeCursor([last.queuedAt, last.id]) : null
  const parts = await pageParts(c, page)
  const stale = page.filter((e) => resolvedElsewhere(parts.content.get(e.contentId) ?? null))
  if (stale.length > 0) {
    // Housekeeping, not part of the answer: these entries need no decision any more.
    const at = now()
    c.executionCtx.waitUntil(
      db.batch(
        stale.map((e) => closeEntry(db, { contentId: e.contentId, outcome: 'resolved_elsewhere', now: at })),
      ),
    )
  }
  const items = page.flatMap((entry) => {
    const content = parts.content.get(entry.contentId) ?? null
    if (!content || resolvedElsewhere(content)) return []
    const author = parts.members.get(entry.authorId)
    const byReason = parts.counts.get(entry.contentId) ?? []
    return [
      {
        ...entryView(entry),
        contentId: content.id,
        type: content.type,
        link: linkOf(c, content),
        status: content.status,
        statusReason: content.statusReason,
        version: content.version,
        author: {
          id: entry.authorId,
          pseudonym: author?.pseudonym ?? '',
          status: author?.status ?? ('deleted' as const),
        },
        createdAt: iso(content.createdAt),
        reports: { open: byReason.reduce((n, r) => n + r.count, 0), byReason },
        text: content.publicText,
        flags: content.flags,
      },
    ]
  })
  return { items, next }
}

function entryView(e: QueueEntry) {
  return {
    entryId: e.id,
    held: e.held,
    queuedAt: iso(e.queuedAt),
    heldAt: isoOrNull(e.heldAt),
    reasons: e.reasons,
  }
}

/** Everything moderators need on one item: every version's public text and decision, reports and decisions. */
export async function itemDetail(c: Context<AppEnv>, contentId: string) {
  const { db } = c.var.services
  const community = c.var.community
  const content = await findContent(db, community.id, contentId)
  if (!content) throw moderationErrors.moderation_content_not_found({ contentId })
  const [parts, entry, reports, decisions] = await Promise.all([
    itemParts(c, contentId, content.authorId),
    findOpenEntry(db, contentId).all(),
    listReports(db, community.id, contentId),
    listItemDecisions(db, community.id, contentId),
  ])
  const open = entryOf(entry)
  return {
    contentId: content.id,
    type: content.type,
    parentId: content.parentId,
    link: linkOf(c, content),
    status: content.status,
    statusReason: content.statusReason,
    version: content.version,
    flags: content.flags,
    author: parts.author,
    createdAt: iso(content.createdAt),
    versions: parts.versions.map((v) => ({
      version: v.version,
      editorKind: v.editorKind,
      editorId: v.editorId,
      text: v.public,
      verdict: v.decision.verdict,
      reasons: v.decision.reasons.map(({ hook, verdict, code, message }) => ({
        hook,
        verdict,
        code,
        message,
      })),
      flags: v.decision.flags,
      createdAt: iso(v.createdAt),
    })),
    queue: open ? entryView(open) : null,
    reports: reports.map(staffReportView),
    decisions: decisions.map(decisionView),
  }
}
