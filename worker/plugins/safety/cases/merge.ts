import { type Detection, unique } from '../detect'

/**
 * What a case knows after an edit: everything found before plus what the new version adds. An edit that
 * removes the words does not remove the event from the case: the first report stands.
 */
export function mergeDetection(before: Detection, after: Detection): Detection {
  const events = unique([...before.events, ...after.events], (h) => h.term)
  const complaints = unique([...before.complaints, ...after.complaints], (h) => h.term)
  const seriousness = unique([...before.seriousness, ...after.seriousness], (s) => s.criterion)
  return {
    ...before,
    adverseEvent: before.adverseEvent || after.adverseEvent,
    complaint: before.complaint || after.complaint,
    possiblySerious: seriousness.length > 0,
    events,
    complaints,
    seriousness,
    ignored: unique([...before.ignored, ...after.ignored], (i) => `${i.term}|${i.reason}`),
    patient: after.patient.who !== 'unknown' ? after.patient : before.patient,
    causal: [...new Set([...before.causal, ...after.causal])],
    productMentioned: before.productMentioned ?? after.productMentioned,
    concomitant: [...new Set([...before.concomitant, ...after.concomitant])],
    lot: before.lot ?? after.lot,
    expiry: before.expiry ?? after.expiry,
    confidence: before.confidence === 'high' || after.confidence === 'high' ? 'high' : after.confidence,
  }
}

/** New terms an edit brought, for the follow-up entry. */
export function newTerms(before: Detection, after: Detection): string[] {
  const known = new Set([
    ...before.events.map((e) => e.term),
    ...before.complaints.map((c) => c.term),
    ...before.seriousness.map((s) => s.criterion),
  ])
  return [
    ...after.events.map((e) => e.term),
    ...after.complaints.map((c) => c.term),
    ...after.seriousness.map((s) => s.criterion),
  ].filter((t) => !known.has(t))
}
