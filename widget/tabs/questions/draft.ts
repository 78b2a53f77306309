import { type Attempt, draftStore } from '../../drafts'

export { newKey } from '../../drafts'

/** The unsent question. */
export interface QuestionDraft {
  title: string
  body: string
  tags: string[]
  attempt: Attempt
}

const store = draftStore<QuestionDraft>('qa')
export const loadDraft = store.load
export const saveDraft = store.save
