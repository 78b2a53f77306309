import type { TextFields } from '../../../core/content/pipeline'
import type { DurationBucket, FieldDefinition, FormDefinition } from '../schema'
import {
  type Answers,
  type AnswerValue,
  type ChoiceRating,
  type DurationAnswer,
  durationDays,
  type EffectAnswer,
} from './answers'

// What a validated submission becomes: free text for the content pipeline, structured answers for the public
// row, the aggregate cells it counts in, and the answers of the form's role fields (filters, metrics).

/** The pipeline key of a text answer; the same path a validation error names. */
export const textKey = (fieldId: string) => `answers.${fieldId}`
export const otherKey = (fieldId: string) => `answers.${fieldId}.other`

/** Every piece of free text, keyed so privacy, safety and moderation hooks see (and may redact) it. */
export function textFields(form: FormDefinition, answers: Answers): TextFields {
  const out: TextFields = {}
  for (const field of form.fields) {
    const value = answers[field.id]
    if (value === undefined) continue
    if (field.type === 'short_text' || field.type === 'story') out[textKey(field.id)] = value as string
    if (field.type === 'side_effects') {
      const other = (value as EffectAnswer[]).find((e) => e.effect === 'other')
      if (other?.text) out[otherKey(field.id)] = other.text
    }
  }
  return out
}

/** Answers without free text (that is stored as pipeline fields, redacted where needed). */
export function structuredAnswers(form: FormDefinition, answers: Answers): Answers {
  const out: Answers = {}
  for (const field of form.fields) {
    const value = answers[field.id]
    if (value === undefined || field.type === 'short_text' || field.type === 'story') continue
    out[field.id] =
      field.type === 'side_effects'
        ? (value as EffectAnswer[]).map(({ effect, severity }) => ({ effect, severity }))
        : value
  }
  return out
}

export function durationBucket(d: DurationAnswer): DurationBucket {
  const days = durationDays(d)
  if (days < 7) return 'under_1_week'
  if (days < 30) return '1_4_weeks'
  if (days < 90) return '1_3_months'
  return 'over_3_months'
}

export type Cell = [field: string, key: string]
/** The cell every published report counts in: the total. */
export const TOTAL: Cell = ['_', 'reports']
/** Key of the "answered" count of a field. */
export const ANSWERED = '_n'
/** Key of the "reported at least one side effect" count. */
export const ANY = '_any'

function fieldCells(field: FieldDefinition, value: AnswerValue): string[] {
  switch (field.type) {
    case 'rating':
    case 'nps':
      return [String(value)]
    case 'single':
      return [value as string]
    case 'yes_no':
      return [value ? 'yes' : 'no']
    case 'duration':
      return [durationBucket(value as DurationAnswer)]
    case 'multi':
      return (value as (string | ChoiceRating)[]).flatMap((v) =>
        typeof v === 'string' ? [v] : [v.option, `${v.option}:${v.rating}`],
      )
    case 'side_effects': {
      const effects = value as EffectAnswer[]
      return [
        ...(effects.length > 0 ? [ANY] : []),
        ...effects.flatMap((e) => [e.effect, `${e.effect}:${e.severity}`]),
      ]
    }
    default:
      return []
  }
}

/** The aggregate cells a report counts in while it is published. Free text is not aggregated. */
export function cellsOf(form: FormDefinition, answers: Answers): Cell[] {
  const cells: Cell[] = [TOTAL]
  for (const field of form.fields) {
    const value = answers[field.id]
    if (value === undefined || field.type === 'short_text' || field.type === 'story') continue
    cells.push([field.id, ANSWERED], ...fieldCells(field, value).map((key): Cell => [field.id, key]))
  }
  return cells
}

export interface RoleColumns {
  rating: number | null
  recommend: number | null
  sideEffects: number | null
  durationBucket: DurationBucket | null
  stillUsing: number | null
}

/** Answers of the form's role fields, stored as columns for feed filters and listening metrics. */
export function roleColumns(form: FormDefinition, answers: Answers): RoleColumns {
  const get = (id: string | undefined) => (id === undefined ? undefined : answers[id])
  const rating = get(form.roles.rating)
  const recommend = get(form.roles.recommend)
  const effects = get(form.roles.sideEffects) as EffectAnswer[] | undefined
  const duration = get(form.roles.timeOnProduct) as DurationAnswer | undefined
  const still = get(form.roles.stillUsing)
  return {
    rating: typeof rating === 'number' ? rating : null,
    recommend: typeof recommend === 'number' ? recommend : null,
    sideEffects: effects === undefined ? null : effects.length > 0 ? 1 : 0,
    durationBucket: duration === undefined ? null : durationBucket(duration),
    stillUsing: typeof still === 'boolean' ? (still ? 1 : 0) : null,
  }
}

/**
 * The side effects a report names, in a plugin-neutral shape kept with each version's `data`, so a safety
 * reviewer (or a future hook given the data) need not know the form to see an effect and its severity.
 */
export function sideEffectRecord(form: FormDefinition, answers: Answers) {
  return form.fields.flatMap((field) => {
    if (field.type !== 'side_effects' || answers[field.id] === undefined) return []
    return (answers[field.id] as EffectAnswer[]).map((e) => ({
      field: field.id,
      effect: e.effect,
      label:
        e.effect === 'other' ? 'Other' : (field.options.find((o) => o.id === e.effect)?.label.en ?? e.effect),
      severity: e.severity,
    }))
  })
}
