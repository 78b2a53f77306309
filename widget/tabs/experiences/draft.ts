import { type Attempt, draftStore } from '../../drafts'
import type { Answers } from './types'

export { newKey } from '../../drafts'

/** The unsent report. */
export interface Draft {
  formVersion: number
  answers: Answers
  step: number
  attempt: Attempt
}

const store = draftStore<Draft>('experiences')
export const loadDraft = store.load
export const saveDraft = store.save
