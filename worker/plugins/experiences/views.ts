import type { Community, Locale } from '../../core/communities/schema'
import type { ContentStatus, TextFields } from '../../core/content/pipeline'
import { authorView } from '../../core/members/views'
import { iso } from '../../core/time'
import type { AnswerValue, ChoiceRating, DurationAnswer, EffectAnswer } from './forms/answers'
import { otherKey, textKey } from './forms/derive'
import type { ReportRecord } from './queries'
import type { AnswerView, FieldDefinition, FormDefinition, Localized, OwnReport, Report } from './schema'

const OTHER: Record<Locale, string> = { en: 'Other', es: 'Otro' }

/** Text in `locale` (else English, else any), with `{product}` replaced by the product's name. */
export function localize(text: Localized | undefined, locale: Locale, product: string): string {
  const value = text?.[locale] ?? text?.en ?? text?.es ?? ''
  return value.replaceAll('{product}', product)
}

interface ViewContext {
  community: Pick<Community, 'hco' | 'product'>
  locale: Locale
}

function optionLabel(field: FieldDefinition, id: string, ctx: ViewContext): string {
  if (!('options' in field)) return id
  if (id === 'other' && field.type === 'side_effects') return OTHER[ctx.locale]
  return localize(field.options.find((o) => o.id === id)?.label, ctx.locale, ctx.community.product.name) || id
}

function answerView(
  field: FieldDefinition,
  value: AnswerValue | undefined,
  texts: TextFields,
  ctx: ViewContext,
): AnswerView | null {
  const base = { id: field.id, label: localize(field.label, ctx.locale, ctx.community.product.name) }
  switch (field.type) {
    case 'rating':
    case 'nps':
      return value === undefined ? null : { ...base, type: field.type, value: value as number }
    case 'yes_no':
      return value === undefined ? null : { ...base, type: field.type, value: value as boolean }
    case 'duration':
      return value === undefined ? null : { ...base, type: field.type, value: value as DurationAnswer }
    case 'single':
      return value === undefined
        ? null
        : {
            ...base,
            type: field.type,
            value: value as string,
            valueLabel: optionLabel(field, value as string, ctx),
          }
    case 'multi':
      return value === undefined
        ? null
        : {
            ...base,
            type: field.type,
            value: (value as (string | ChoiceRating)[]).map((v) => {
              const id = typeof v === 'string' ? v : v.option
              return {
                id,
                label: optionLabel(field, id, ctx),
                rating: typeof v === 'string' ? null : v.rating,
              }
            }),
          }
    case 'side_effects':
      return value === undefined
        ? null
        : {
            ...base,
            type: field.type,
            value: (value as EffectAnswer[]).map((e) => ({
              id: e.effect,
              label: optionLabel(field, e.effect, ctx),
              severity: e.severity,
              text: e.effect === 'other' ? (texts[otherKey(field.id)] ?? null) : null,
            })),
          }
    case 'short_text':
    case 'story': {
      const text = texts[textKey(field.id)]
      return text ? { ...base, type: field.type, value: text } : null
    }
  }
}

/** The answers of a report in its form version's order and labels; non-public ones only for `all`. */
export function answerViews(report: ReportRecord, form: FormDefinition, ctx: ViewContext, all: boolean) {
  return form.fields
    .filter((field) => all || field.public)
    .map((field) => answerView(field, report.answers[field.id], report.texts, ctx))
    .filter((view): view is AnswerView => view !== null)
}

/** The public view of a published report. */
export function reportView(
  report: ReportRecord,
  form: FormDefinition,
  ctx: ViewContext & { helpedByMe: boolean | null; all?: boolean },
): Report {
  return {
    id: report.id,
    author: authorView(
      { id: report.authorId, pseudonym: report.authorPseudonym, badges: report.authorBadges },
      ctx.community,
      ctx.locale,
    ),
    formVersion: report.formVersion,
    locale: report.locale === 'es' ? 'es' : 'en',
    rating: report.rating,
    answers: answerViews(report, form, ctx, ctx.all ?? false),
    helpfulCount: report.helpfulCount,
    helpedByMe: ctx.helpedByMe,
    edited:
      report.editedBy && report.editedAt !== null ? { by: report.editedBy, at: iso(report.editedAt) } : null,
    createdAt: iso(report.createdAt),
  }
}

/** The author's (or staff's) view: every answer, the status and its reason, and until when it can be edited. */
export function ownReportView(
  report: ReportRecord,
  form: FormDefinition,
  ctx: ViewContext & { status: ContentStatus; statusReason: string | null; editableUntil: number | null },
): OwnReport {
  const editable = ctx.status !== 'withdrawn' && ctx.status !== 'removed' && ctx.editableUntil !== null
  return {
    ...reportView(report, form, { ...ctx, helpedByMe: null, all: true }),
    status: ctx.status,
    statusReason: ctx.statusReason,
    editableUntil: editable ? iso(ctx.editableUntil!) : null,
  }
}
