import type { Community } from '../../../core/communities/schema'
import type { PrivateDetails } from '../../../core/members/queries'
import type { AuthorSnapshot } from '../../../core/members/schema'
import { DAY_MS } from '../../../core/time'
import type { Detection } from '../detect'
import {
  type CaseKind,
  type CaseRecord,
  type Elements,
  kindOf,
  type ReporterCopy,
  type SafetySettings,
} from './model'

/** Days to the due date: 15 for a possibly serious case (or the community's stricter choice), else by kind. */
export function dueDays(kind: CaseKind, serious: boolean, settings: SafetySettings): number {
  if (serious) return settings.seriousDays
  if (kind === 'product_complaint') return settings.complaintDays
  if (kind === 'both') return Math.min(settings.nonSeriousDays, settings.complaintDays)
  return settings.nonSeriousDays
}

export function reporterCopy(
  author: Pick<AuthorSnapshot, 'id' | 'pseudonym'>,
  details: PrivateDetails | null,
  contactInPost: string[],
): ReporterCopy {
  return {
    memberId: author.id,
    pseudonym: author.pseudonym,
    email: details?.email ?? null,
    displayName: details?.displayName ?? null,
    ssoSubject: details?.ssoSubject ?? null,
    contactInPost,
  }
}

function patientElement(detection: Detection): Elements['patient'] {
  const { patient } = detection
  const details = [
    patient.age !== null ? `age ${patient.age}` : null,
    patient.sex ? `sex ${patient.sex}` : null,
  ].filter(Boolean)
  const suffix = details.length ? ` (${details.join(', ')})` : ''
  if (patient.who === 'author') {
    return { present: true, evidence: `The author describes their own experience (first person)${suffix}.` }
  }
  if (patient.who === 'third_party') {
    return {
      present: true,
      evidence: `A third party described by the author: "${patient.evidence}"${suffix}.`,
    }
  }
  return { present: false, evidence: 'No identifiable patient: the post does not say who had the event.' }
}

function reporterElement(reporter: ReporterCopy): Elements['reporter'] {
  const onFile = [
    reporter.email ? 'email' : null,
    reporter.displayName ? 'name' : null,
    reporter.ssoSubject ? 'HCO account id (SSO)' : null,
  ].filter(Boolean)
  if (onFile.length > 0) {
    return {
      present: true,
      evidence: `Member ${reporter.pseudonym} (${reporter.memberId}); private contact on file: ${onFile.join(', ')}.`,
    }
  }
  if (reporter.contactInPost.length > 0) {
    return {
      present: true,
      evidence: `Member ${reporter.pseudonym}; the verbatim post contains contact details (${reporter.contactInPost.join(', ')}).`,
    }
  }
  return {
    present: false,
    evidence: `Member ${reporter.pseudonym} (${reporter.memberId}) gave no contact details; follow up through the community.`,
  }
}

function productElement(detection: Detection, community: Community): Elements['product'] {
  const name = community.product.name
  return {
    present: true,
    evidence: detection.productMentioned
      ? `Named in the post ("${detection.productMentioned}"); the community's product is ${name}.`
      : `The community's product, ${name} (not named in the post).`,
  }
}

function eventElement(detection: Detection): Elements['event'] {
  if (!detection.adverseEvent) {
    return { present: false, evidence: 'No adverse event described: a product-quality complaint only.' }
  }
  const terms = detection.events.map((e) => `${e.term} ("${e.matched}")`)
  const cues = detection.seriousness.map((s) => `${s.criterion.replace('_', ' ')} ("${s.matched}")`)
  return { present: true, evidence: [...terms, ...cues].join('; ') }
}

export function elementsOf(detection: Detection, reporter: ReporterCopy, community: Community): Elements {
  return {
    patient: patientElement(detection),
    reporter: reporterElement(reporter),
    product: productElement(detection, community),
    event: eventElement(detection),
  }
}

export interface OpenCaseInput {
  id: string
  community: Community
  author: Pick<AuthorSnapshot, 'id' | 'pseudonym'>
  content: { id: string; type: string; version: number; locale: string; original: Record<string, string> }
  detection: Detection
  settings: SafetySettings
  details: PrivateDetails | null
  contactInPost: string[]
  postedAt: number
  now: number
}

/** The case a detection opens: received now (the clock start), due by the seriousness and kind. */
export function buildCase(input: OpenCaseInput): Omit<CaseRecord, 'number'> {
  const { detection, settings, now } = input
  const kind = kindOf(detection)
  const serious = detection.possiblySerious
  const reporter = reporterCopy(input.author, input.details, input.contactInPost)
  return {
    id: input.id,
    communityId: input.community.id,
    contentId: input.content.id,
    contentType: input.content.type,
    contentVersion: input.content.version,
    authorId: input.author.id,
    kind,
    status: 'new',
    serious,
    locale: input.content.locale,
    verbatim: input.content.original,
    detection,
    elements: elementsOf(detection, reporter, input.community),
    reporter,
    postedAt: input.postedAt,
    receivedAt: now,
    dueAt: now + dueDays(kind, serious, settings) * DAY_MS,
    triagedAt: null,
    closedAt: null,
    regulator: null,
    reference: null,
    reportedAt: null,
    version: 1,
    updatedAt: now,
  }
}
