import { z } from '@hono/zod-openapi'
import type { Locale } from '../../../core/communities/schema'
import { coreErrors, fieldIssues } from '../../../core/errors'
import { DurationUnit, type FieldDefinition, type FormDefinition, Severity } from '../schema'
import { fillMessage, type Messages, messages } from './messages'

// The server builds the zod schema of a submission FROM the form definition, so a bad answer is a 422 whose
// `details.fields[].path` names the field (`answers.overall`, `answers.side_effects.0.severity`).

export interface ChoiceRating {
  option: string
  rating: number
}
export interface EffectAnswer {
  effect: string
  severity: Severity
  text?: string
}
export interface DurationAnswer {
  value: number
  unit: DurationUnit
}
export type AnswerValue =
  | number
  | string
  | boolean
  | string[]
  | ChoiceRating[]
  | EffectAnswer[]
  | DurationAnswer
export type Answers = Record<string, AnswerValue>

/** zod's `error` option: "required" when the answer is missing, else the type's own message. */
const err = (m: Messages, message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? m.required : message),
})

const unique =
  <T>(key: (item: T) => string, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [i], message })
      seen.add(key(item))
    })
  }

function choiceSchema(ids: string[], m: Messages, message: string) {
  return z.enum(ids as [string, ...string[]], err(m, message))
}

function multiSchema(field: Extract<FieldDefinition, { type: 'multi' }>, m: Messages) {
  const ids = field.options.map((o) => o.id)
  const option = choiceSchema(ids, m, m.choices)
  const max = field.maxChoices ?? ids.length
  const item = field.rateEach
    ? z.object({ option, rating: z.number(err(m, m.rating)).int(m.rating).min(1, m.rating).max(5, m.rating) })
    : option
  return z
    .array(item as z.ZodType<string | ChoiceRating>, err(m, m.choices))
    .min(field.required ? 1 : 0, m.atLeastOne)
    .max(max, fillMessage(m.atMost, { max }))
    .superRefine(unique((v) => (typeof v === 'string' ? v : v.option), m.once))
}

function sideEffectsSchema(field: Extract<FieldDefinition, { type: 'side_effects' }>, m: Messages) {
  const ids = [...field.options.map((o) => o.id), ...(field.allowOther ? ['other'] : [])]
  const item = z
    .object({
      effect: choiceSchema(ids, m, m.choices),
      severity: z.enum(Severity.options, err(m, m.severity)),
      text: z.string(m.otherText).trim().min(1, m.otherText).max(200, m.otherText).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.effect === 'other' && v.text === undefined)
        ctx.addIssue({ code: 'custom', path: ['text'], message: m.otherText })
      if (v.effect !== 'other' && v.text !== undefined)
        ctx.addIssue({ code: 'custom', path: ['text'], message: m.otherOnly })
    })
  return z
    .array(item, err(m, m.choices))
    .max(ids.length)
    .superRefine(unique((v: EffectAnswer) => v.effect, m.once))
}

function durationSchema(field: Extract<FieldDefinition, { type: 'duration' }>, m: Messages) {
  return z
    .object(
      {
        value: z.number(m.duration).int(m.duration).min(0, m.duration),
        unit: z.enum(DurationUnit.options, m.duration),
      },
      err(m, m.duration),
    )
    .refine((v) => durationDays(v) <= field.maxDays, {
      message: fillMessage(m.durationMax, { max: field.maxDays }),
      path: ['value'],
    })
}

function textSchema(field: { minLength: number; maxLength: number; required: boolean }, m: Messages) {
  const min = Math.max(field.minLength, field.required ? 1 : 0)
  return z
    .string(err(m, m.text))
    .trim()
    .min(min, min <= 1 ? m.required : fillMessage(m.tooShort, { min }))
    .max(field.maxLength, fillMessage(m.tooLong, { max: field.maxLength }))
}

/** The zod schema of one field's answer. */
export function answerSchema(field: FieldDefinition, m: Messages): z.ZodType<AnswerValue> {
  switch (field.type) {
    case 'rating':
      return z.number(err(m, m.rating)).int(m.rating).min(1, m.rating).max(5, m.rating)
    case 'nps':
      return z.number(err(m, m.nps)).int(m.nps).min(0, m.nps).max(10, m.nps)
    case 'single':
      return choiceSchema(
        field.options.map((o) => o.id),
        m,
        m.choice,
      )
    case 'multi':
      return multiSchema(field, m) as z.ZodType<AnswerValue>
    case 'side_effects':
      return sideEffectsSchema(field, m) as z.ZodType<AnswerValue>
    case 'duration':
      return durationSchema(field, m)
    case 'yes_no':
      return z.boolean(err(m, m.yesNo))
    case 'short_text':
    case 'story':
      return textSchema(field, m)
  }
}

export function durationDays(d: DurationAnswer): number {
  return d.unit === 'days' ? d.value : d.unit === 'weeks' ? d.value * 7 : d.value * 30
}

const isText = (field: FieldDefinition) => field.type === 'short_text' || field.type === 'story'

/** Treats null, and blank text in an optional text field, as "not answered". */
function normalize(form: FormDefinition, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [id, value] of Object.entries(raw)) {
    if (value === null) continue
    const field = form.fields.find((f) => f.id === id)
    if (field && isText(field) && !field.required && typeof value === 'string' && value.trim() === '')
      continue
    out[id] = value
  }
  return out
}

/** The schema of `{ answers }` for one form version, with messages in `locale`. */
export function submissionSchema(form: FormDefinition, locale: Locale) {
  const m = messages[locale]
  const shape: Record<string, z.ZodType> = {}
  for (const field of form.fields) {
    const schema = answerSchema(field, m)
    shape[field.id] = field.required ? schema : schema.optional()
  }
  const answers = z.looseObject(shape).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!(key in shape)) ctx.addIssue({ code: 'custom', path: [key], message: m.unknown })
    }
  })
  return z.object({ answers })
}

/** Checks answers against the form; throws 422 `validation_failed` naming each bad field. */
export function parseAnswers(form: FormDefinition, raw: Record<string, unknown>, locale: Locale): Answers {
  const result = submissionSchema(form, locale).safeParse({ answers: normalize(form, raw) })
  if (!result.success) {
    // zod may report a wrong type and then a length check on the same value: the first issue is the useful one.
    const fields = fieldIssues(result.error).filter(
      (f, i, all) => all.findIndex((g) => g.path === f.path) === i,
    )
    throw coreErrors.validation_failed({ fields })
  }
  const answers: Answers = {}
  for (const field of form.fields) {
    const value = (result.data.answers as Record<string, unknown>)[field.id]
    if (value !== undefined) answers[field.id] = value as AnswerValue
  }
  return answers
}
