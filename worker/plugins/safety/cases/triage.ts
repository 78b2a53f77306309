import { transitions } from '../schema'
import type { CaseStatus } from './model'

export { transitions } from '../schema'

/** Statuses that close a case (it no longer counts as open or overdue). */
export const closing: readonly CaseStatus[] = ['not_an_ae', 'reported']

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return transitions[from].includes(to)
}
