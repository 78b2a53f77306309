import type { Community } from '../../../core/communities/schema'
import { iso, isoOrNull } from '../../../core/time'
import { toE2B } from './e2b'
import { type CaseRecord, type CaseView, type HistoryEntry, openStatuses } from './model'

export function isOverdue(c: Pick<CaseRecord, 'status' | 'dueAt'>, now: number): boolean {
  return openStatuses.includes(c.status) && c.dueAt < now
}

export function isComplete(c: Pick<CaseRecord, 'elements'>): boolean {
  return Object.values(c.elements).every((e) => e.present)
}

export function summaryView(c: CaseView, now: number) {
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    status: c.status,
    possiblySerious: c.serious,
    seriousness: c.detection.seriousness.map((s) => s.criterion),
    events: c.detection.events.map((e) => e.term),
    complaints: c.detection.complaints.map((e) => e.term),
    complete: isComplete(c),
    content: { type: c.contentType, id: c.contentId },
    postedAt: iso(c.postedAt),
    receivedAt: iso(c.receivedAt),
    dueAt: iso(c.dueAt),
    overdue: isOverdue(c, now),
    triagedAt: isoOrNull(c.triagedAt),
    closedAt: isoOrNull(c.closedAt),
  }
}

export function historyView(h: HistoryEntry) {
  return {
    seq: h.seq,
    action: h.action,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    note: h.note,
    data: h.data,
    actorId: h.actorId,
    at: iso(h.at),
  }
}

export interface ContentInfo {
  link: string | null
  status: string | null
}

/** Everything staff need to triage a case, restricted fields included. */
export function detailView(c: CaseView, history: HistoryEntry[], content: ContentInfo, now: number) {
  const { ignored, ...detection } = c.detection
  return {
    ...summaryView(c, now),
    version: c.version,
    locale: c.locale,
    text: c.verbatim,
    content: { type: c.contentType, id: c.contentId, version: c.contentVersion, ...content },
    elements: c.elements,
    detection: { ...detection, ignored },
    reporter: c.reporter,
    regulator: c.regulator,
    reference: c.reference,
    reportedAt: isoOrNull(c.reportedAt),
    history: history.map(historyView),
  }
}

export type DeliveryEvent = 'opened' | 'follow_up' | 'status_changed'

/**
 * The webhook body's `data` for the safety system: the whole case (restricted: the endpoint is the
 * company's own safety system) and its E2B rendering, so the receiver needs no call back.
 */
export function deliveryData(
  event: DeliveryEvent,
  c: CaseView,
  community: Community,
  link: string | null,
  now: number,
  change?: Record<string, unknown>,
) {
  return {
    event,
    community: { id: community.id, slug: community.slug, name: community.name, hco: community.hco.name },
    case: {
      ...detailView(c, [], { link, status: null }, now),
      history: undefined,
      apiPath: `/v1/safety/${community.slug}/cases/${c.id}`,
    },
    change: change ?? null,
    e2b: toE2B(c, { community, link, now }),
  }
}
