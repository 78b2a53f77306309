import type { Community } from '../../../core/communities/schema'
import { iso } from '../../../core/time'
import type { Criterion } from '../detect'
import type { CaseRecord, CaseView } from './model'

// A case as JSON shaped after ICH E2B(R3) (ICSR). Keys are the E2B data element numbers so the safety
// system's import can map them one to one; values that we cannot know are null with a `nullFlavor` where
// E2B allows one (MSK masked, UNK unknown, ASKU asked but unknown). Reactions are NOT MedDRA-coded: the
// verbatim term (E.i.1.1a) and a plain-language term (E.i.1.2) are given for the safety system to code.

const LANGUAGE: Record<string, string> = { en: 'eng', es: 'spa' }
const SEX: Record<string, number> = { male: 1, female: 2 }
const CRITERIA: Record<Criterion, string> = {
  death: 'E.i.3.2a',
  life_threatening: 'E.i.3.2b',
  hospitalization: 'E.i.3.2c',
  disability: 'E.i.3.2d',
  birth_defect: 'E.i.3.2e',
  medically_important: 'E.i.3.2f',
}

/**
 * C.1.1: "<COMMUNITY>-<case id>", unique for the sender (the HCO) across its communities. The case id, not
 * its number, because the first delivery is written before the number is assigned.
 */
export function safetyReportId(community: Pick<Community, 'slug'>, c: Pick<CaseRecord, 'id'>): string {
  return `${community.slug.toUpperCase()}-${c.id}`
}

function seriousnessFlags(c: CaseView): Record<string, boolean> {
  const found = new Set(c.detection.seriousness.map((s) => s.criterion))
  return Object.fromEntries(
    Object.entries(CRITERIA).map(([criterion, key]) => [key, found.has(criterion as Criterion)]),
  )
}

function narrative(c: CaseView, community: Community): string {
  const who =
    c.detection.patient.who === 'third_party'
      ? `a third party (${c.detection.patient.relation ?? 'relation not stated'})`
      : c.detection.patient.who === 'author'
        ? 'the reporter themself'
        : 'an unidentified person'
  const events = c.detection.events.map((e) => e.term).join(', ') || 'no adverse event terms'
  const complaints = c.detection.complaints.map((p) => p.term).join(', ')
  const serious = c.detection.seriousness.map((s) => s.criterion.replace('_', ' ')).join(', ')
  return [
    `Consumer report received through the ${community.name} online community run by ${community.hco.name} on ${iso(c.receivedAt).slice(0, 10)}.`,
    `The post describes ${who} using ${community.product.name}, with: ${events}.`,
    complaints ? `Product quality complaint: ${complaints}.` : '',
    serious
      ? `Possible seriousness criteria flagged for review: ${serious}.`
      : 'No seriousness criteria flagged.',
    c.detection.causal.length
      ? `Temporal or causal wording: ${c.detection.causal.map((x) => `"${x}"`).join(', ')}.`
      : '',
    'Detected automatically for human review; the verbatim text is in H.5.r.',
  ]
    .filter(Boolean)
    .join(' ')
}

export interface E2BContext {
  community: Community
  link: string | null
  now: number
}

/** One ICSR. */
export function toE2B(c: CaseView, ctx: E2BContext) {
  const { community } = ctx
  const id = safetyReportId(community, c)
  const language = LANGUAGE[c.locale] ?? 'und'
  const flags = seriousnessFlags(c)
  const followUps = c.updatedAt
  return {
    'C.1.1': id,
    'C.1.2': iso(ctx.now),
    'C.1.3': { code: 1, label: 'Spontaneous report' },
    'C.1.4': iso(c.receivedAt),
    'C.1.5': iso(followUps),
    'C.1.7': c.serious,
    'C.1.8.1': id,
    'C.1.8.2': { code: 2, label: 'Other' },
    'C.2.r': [
      {
        'C.2.r.1.2': c.reporter.displayName,
        'C.2.r.1.nullFlavor': c.reporter.displayName ? null : 'ASKU',
        'C.2.r.2.7': null,
        email: c.reporter.email,
        memberId: c.reporter.memberId,
        pseudonym: c.reporter.pseudonym,
        ssoSubject: c.reporter.ssoSubject,
        'C.2.r.3': null,
        'C.2.r.4': { code: 5, label: 'Consumer or other non health professional' },
        'C.2.r.5': { code: 1, label: 'Primary source for regulatory purposes' },
      },
    ],
    'C.3.1': { code: 1, label: 'Pharmaceutical company' },
    'C.3.2': community.hco.name,
    D: {
      'D.1': null,
      'D.1.nullFlavor': c.detection.patient.who === 'unknown' ? 'UNK' : 'MSK',
      'D.2.2a': c.detection.patient.age,
      'D.2.2b': c.detection.patient.age === null ? null : 'a',
      'D.5': c.detection.patient.sex ? (SEX[c.detection.patient.sex] ?? null) : null,
      relationToReporter: c.detection.patient.who === 'third_party' ? c.detection.patient.relation : 'self',
    },
    'E.i': c.detection.events.map((e) => ({
      'E.i.1.1a': e.matched,
      'E.i.1.1b': language,
      'E.i.1.2': e.term,
      'E.i.2.1a': null,
      'E.i.2.1b': null,
      ...flags,
      'E.i.7': { code: 0, label: 'Unknown' },
      severityWording: e.severe,
    })),
    'G.k': [
      {
        'G.k.1': { code: 1, label: 'Suspect' },
        'G.k.2.2': community.product.name,
        'G.k.4.r.7': c.detection.lot,
        expiryAsReported: c.detection.expiry,
      },
      ...c.detection.concomitant.map((name) => ({
        'G.k.1': { code: 2, label: 'Concomitant' },
        'G.k.2.2': name,
        'G.k.4.r.7': null,
      })),
    ],
    'H.1': narrative(c, community),
    'H.5.r': Object.entries(c.verbatim).map(([field, text]) => ({
      'H.5.r.1a': text,
      'H.5.r.1b': language,
      field,
    })),
    // Not E2B: what a quality (complaint-handling) system needs, and where the post is.
    productComplaint:
      c.detection.complaints.length > 0
        ? {
            defects: c.detection.complaints.map((p) => ({ term: p.term, asReported: p.matched })),
            lot: c.detection.lot,
          }
        : null,
    source: { contentType: c.contentType, contentId: c.contentId, link: ctx.link, postedAt: iso(c.postedAt) },
    minimumElements: c.elements,
    caseStatus: c.status,
    regulatorReference: c.reference ? { regulator: c.regulator, reference: c.reference } : null,
  }
}

/** A batch of ICSRs with an ICH-style message header (N.1 / N.2). */
export function toE2BBatch(
  cases: CaseRecord[],
  ctx: E2BContext & { batchId: string; links: (c: CaseRecord) => string | null },
) {
  return {
    'N.1.2': ctx.batchId,
    'N.1.3': ctx.community.hco.name,
    'N.1.4': null,
    'N.1.5': iso(ctx.now),
    reports: cases.map((c) => ({
      'N.2.r.1': `${ctx.batchId}-${c.id}`,
      'N.2.r.4': iso(ctx.now),
      ichicsr: toE2B(c, { ...ctx, link: ctx.links(c) }),
    })),
  }
}
