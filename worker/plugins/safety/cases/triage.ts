import type { CaseStatus } from './model'

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

/** Statuses that close a case (it no longer counts as open or overdue). */
export const closing: readonly CaseStatus[] = ['not_an_ae', 'reported']

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return transitions[from].includes(to)
}
