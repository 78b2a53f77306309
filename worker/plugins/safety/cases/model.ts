import type { TextFields } from '../../../core/content/pipeline'
import type { Detection } from '../detect'

import type { CaseKind, CaseStatus } from '../schema'

export type { CaseKind, CaseStatus } from '../schema'
export { caseKinds, caseStatuses } from '../schema'

/** Statuses still waiting for safety staff: they count for "overdue" and "due soon". */
export const openStatuses: readonly CaseStatus[] = ['new', 'ae_incomplete', 'reportable']

/** One of the four minimum elements of a reportable case, with the evidence for it (or for its absence). */
export interface Element {
  present: boolean
  evidence: string
}

export interface Elements {
  patient: Element
  reporter: Element
  product: Element
  event: Element
}

/** Restricted copy of the reporter's contact, taken when the case opened: the member may delete it later. */
export interface ReporterCopy {
  memberId: string
  pseudonym: string
  email: string | null
  displayName: string | null
  ssoSubject: string | null
  /** Identifier types the post itself contained (its verbatim text holds them): e.g. a phone number. */
  contactInPost: string[]
}

export interface CaseRecord {
  id: string
  communityId: string
  number: number
  contentId: string
  contentType: string
  contentVersion: number
  authorId: string
  kind: CaseKind
  status: CaseStatus
  serious: boolean
  locale: string
  verbatim: TextFields
  detection: Detection
  elements: Elements
  reporter: ReporterCopy
  postedAt: number
  receivedAt: number
  dueAt: number
  triagedAt: number | null
  closedAt: number | null
  regulator: string | null
  reference: string | null
  reportedAt: number | null
  version: number
  updatedAt: number
}

/** A case as views see it: `number` is null only in the delivery sent while the case is being opened. */
export type CaseView = Omit<CaseRecord, 'number'> & { number: number | null }

export interface HistoryEntry {
  caseId: string
  seq: number
  action: 'opened' | 'status' | 'note' | 'follow_up'
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  note: string | null
  data: unknown
  actorId: string
  at: number
}

export interface SafetySettings {
  seriousDays: number
  nonSeriousDays: number
  complaintDays: number
  holdSerious: boolean
  updatedAt: number | null
}

/** Serious: 15 calendar days (21 CFR 314.80, EU); non-serious: 90 (EU); complaints: 30, an internal target. */
export const defaultSafetySettings: SafetySettings = {
  seriousDays: 15,
  nonSeriousDays: 90,
  complaintDays: 30,
  holdSerious: true,
  updatedAt: null,
}

export function kindOf(detection: Pick<Detection, 'adverseEvent' | 'complaint'>): CaseKind {
  if (detection.adverseEvent && detection.complaint) return 'both'
  return detection.adverseEvent ? 'adverse_event' : 'product_complaint'
}
