import { z } from '@hono/zod-openapi'
import { CommunityParams, CursorQuery, idParam } from '../../core/http/params'

export const caseStatuses = ['new', 'not_an_ae', 'ae_incomplete', 'reportable', 'reported'] as const
export type CaseStatus = (typeof caseStatuses)[number]
export const caseKinds = ['adverse_event', 'product_complaint', 'both'] as const
export type CaseKind = (typeof caseKinds)[number]
export const CaseStatus = z.enum(caseStatuses)
export const CaseKind = z.enum(caseKinds)

/**
 * The triage workflow. `new` cases are read and classified: not an AE (closed), an AE that lacks one of the
 * four minimum elements (follow up), or reportable; a reportable case is reported to the regulator with its
 * reference. A closed case can be reopened when new information arrives; a reported one stays reported
 * (follow-up reports are recorded as notes and sent by the safety system).
 */
export const transitions: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['not_an_ae', 'ae_incomplete', 'reportable'],
  ae_incomplete: ['not_an_ae', 'reportable'],
  reportable: ['reported', 'ae_incomplete', 'not_an_ae'],
  not_an_ae: ['ae_incomplete', 'reportable'],
  reported: [],
}

export const CaseParams = CommunityParams.extend({ caseId: idParam('caseId', 'sfc') })

const Element = z.object({ present: z.boolean(), evidence: z.string() }).openapi('CaseElement')

export const CaseElements = z
  .object({ patient: Element, reporter: Element, product: Element, event: Element })
  .openapi('CaseElements')

const Term = z.object({
  term: z.string(),
  category: z.string(),
  field: z.string(),
  /** The words that matched, quoted from the verbatim text. */
  matched: z.string(),
  severe: z.boolean(),
})

const Seriousness = z.object({
  criterion: z.enum([
    'death',
    'life_threatening',
    'hospitalization',
    'disability',
    'birth_defect',
    'medically_important',
  ]),
  field: z.string(),
  matched: z.string(),
})

export const CaseSummary = z
  .object({
    id: z.string(),
    /** Sequential per community; null only in the `safety.case.opened` delivery (assigned on commit). */
    number: z.number().int().nullable(),
    kind: CaseKind,
    status: CaseStatus,
    possiblySerious: z.boolean(),
    seriousness: z.array(z.string()),
    events: z.array(z.string()),
    complaints: z.array(z.string()),
    complete: z.boolean(),
    content: z.object({ type: z.string(), id: z.string() }),
    postedAt: z.string(),
    receivedAt: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    triagedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .openapi('SafetyCaseSummary')

export const HistoryView = z
  .object({
    seq: z.number().int(),
    action: z.enum(['opened', 'status', 'note', 'follow_up']),
    fromStatus: CaseStatus.nullable(),
    toStatus: CaseStatus.nullable(),
    note: z.string().nullable(),
    data: z.unknown(),
    actorId: z.string(),
    at: z.string(),
  })
  .openapi('SafetyCaseHistoryEntry')

export const CaseDetail = CaseSummary.extend({
  version: z.number().int(),
  locale: z.string(),
  /** The verbatim text as sent (restricted). */
  text: z.record(z.string(), z.string()),
  content: z.object({
    type: z.string(),
    id: z.string(),
    version: z.number().int(),
    /** Where the post is shown, from its content type; null if that plugin is no longer enabled. */
    link: z.string().nullable(),
    /** The post's current status (it may have been removed since; the case stays). */
    status: z.string().nullable(),
  }),
  elements: CaseElements,
  detection: z.object({
    events: z.array(Term),
    complaints: z.array(Term),
    seriousness: z.array(Seriousness),
    ignored: z.array(
      z.object({ term: z.string(), field: z.string(), matched: z.string(), reason: z.string() }),
    ),
    patient: z.object({
      who: z.enum(['author', 'third_party', 'unknown']),
      relation: z.string().nullable(),
      evidence: z.string().nullable(),
      age: z.number().nullable(),
      sex: z.enum(['female', 'male']).nullable(),
    }),
    causal: z.array(z.string()),
    productMentioned: z.string().nullable(),
    concomitant: z.array(z.string()),
    lot: z.string().nullable(),
    expiry: z.string().nullable(),
    confidence: z.enum(['high', 'medium', 'low']),
  }),
  /** Restricted copy of the reporter's contact, taken when the case opened. */
  reporter: z.object({
    memberId: z.string(),
    pseudonym: z.string(),
    email: z.string().nullable(),
    displayName: z.string().nullable(),
    ssoSubject: z.string().nullable(),
    contactInPost: z.array(z.string()),
  }),
  regulator: z.string().nullable(),
  reference: z.string().nullable(),
  reportedAt: z.string().nullable(),
  history: z.array(HistoryView),
}).openapi('SafetyCase')

export const CaseListQuery = z.object({
  status: CaseStatus.optional(),
  /** Only cases still waiting for safety staff (new, ae_incomplete, reportable). */
  open: z.stringbool().optional(),
  kind: CaseKind.optional(),
  serious: z.stringbool().optional(),
  due: z
    .enum(['overdue', 'soon'])
    .optional()
    .openapi({ description: '`overdue`: open and past due; `soon`: open and due within `soonDays`.' }),
  soonDays: z.coerce.number().int().min(1).max(30).default(3),
  sort: z.enum(['due', 'received']).default('due'),
  cursor: CursorQuery,
  limit: z.coerce.number().int().min(1).max(100).default(25),
})

export const CaseList = z
  .object({ cases: z.array(CaseSummary), next: z.string().nullable() })
  .openapi('SafetyCaseList')

export const StatusChange = z
  .object({
    status: CaseStatus.exclude(['new']),
    note: z.string().trim().max(4000).optional(),
    /** Required with `reported`: the regulator and its reference (e.g. FDA FAERS, EMA EudraVigilance). */
    regulator: z.string().trim().min(2).max(100).optional(),
    reference: z.string().trim().min(2).max(100).optional(),
    /** The case version the caller saw; a change made meanwhile by someone else answers 409. */
    version: z.number().int().min(1).optional(),
  })
  .openapi('SafetyStatusChange')

export const CaseNote = z.object({ note: z.string().trim().min(1).max(4000) }).openapi('SafetyCaseNote')

export const ExportQuery = z.object({
  ids: z
    .string()
    .max(2400)
    .regex(/^sfc_[0-9a-z]{22}(,sfc_[0-9a-z]{22})*$/, 'A comma-separated list of case ids.')
    .optional(),
  status: CaseStatus.default('reportable'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

export const E2BReport = z.looseObject({ 'C.1.1': z.string() }).openapi('E2BReport')
export const E2BBatch = z
  .looseObject({ 'N.1.2': z.string(), reports: z.array(z.looseObject({ ichicsr: E2BReport })) })
  .openapi('E2BBatch')

export const SafetySettingsInput = z
  .object({
    /** Days to report a possibly serious case; at most the 15 calendar days of 21 CFR 314.80. */
    seriousDays: z.number().int().min(1).max(15),
    nonSeriousDays: z.number().int().min(1).max(90),
    complaintDays: z.number().int().min(1).max(90),
    /** Hold a possibly serious post for review before it appears (the case is opened either way). */
    holdSerious: z.boolean(),
  })
  .openapi('SafetySettingsInput')

export const SafetySettingsView = SafetySettingsInput.extend({ updatedAt: z.string().nullable() }).openapi(
  'SafetySettings',
)
