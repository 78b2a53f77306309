import type { Community, Locale } from '../../core/communities/schema'
import { ANSWERED, ANY, TOTAL } from './forms/derive'
import type { ResolvedForm } from './forms/service'
import type { DurationBucket, FieldDefinition, FieldSummary, Summary } from './schema'
import { localize } from './views'

// The public aggregate, computed from the tallies (one row per cell) with small-cell suppression:
// - a field answered by fewer than k reports shows nothing (every cell null);
// - a count between 1 and k-1 is hidden (null); zero is shown (it describes nobody);
// - in a breakdown whose cells add up to a shown total, hiding one cell would let anyone recover it by
//   subtraction, so further cells (smallest first) are hidden until at least two are hidden and the hidden
//   ones hold at least k reports together.

type Count = number | null

/** Suppression of a breakdown whose cells add up to a shown total. */
export function suppressPartition(counts: readonly number[], k: number): Count[] {
  const hidden = new Set(counts.flatMap((n, i) => (n > 0 && n < k ? [i] : [])))
  if (hidden.size === 0) return [...counts]
  const hiddenSum = () => [...hidden].reduce((sum, i) => sum + counts[i]!, 0)
  while (hidden.size < 2 || hiddenSum() < k) {
    let next = -1
    counts.forEach((n, i) => {
      if (n > 0 && !hidden.has(i) && (next < 0 || n < counts[next]!)) next = i
    })
    if (next < 0) return counts.map(() => null)
    hidden.add(next)
  }
  return counts.map((n, i) => (hidden.has(i) ? null : n))
}

/** A count on its own (not part of a breakdown): hidden between 1 and k-1. */
export const suppress = (n: number, k: number): Count => (n > 0 && n < k ? null : n)

const BUCKETS: DurationBucket[] = ['under_1_week', '1_4_weeks', '1_3_months', 'over_3_months']
const bucketLabels: Record<Locale, Record<DurationBucket, string>> = {
  en: {
    under_1_week: 'Less than a week',
    '1_4_weeks': '1–4 weeks',
    '1_3_months': '1–3 months',
    over_3_months: 'More than 3 months',
  },
  es: {
    under_1_week: 'Menos de una semana',
    '1_4_weeks': '1–4 semanas',
    '1_3_months': '1–3 meses',
    over_3_months: 'Más de 3 meses',
  },
}
const yesNo: Record<Locale, [string, string]> = { en: ['Yes', 'No'], es: ['Sí', 'No'] }

interface Ctx {
  tallies: ReadonlyMap<string, number>
  k: number
  locale: Locale
  product: string
  /** Option labels by field from every form version, newest winning, so retired options keep a label. */
  optionLabels: ReadonlyMap<string, ReadonlyMap<string, string>>
}

const count = (ctx: Ctx, field: string, key: string) => ctx.tallies.get(`${field}\t${key}`) ?? 0
const round1 = (x: number) => Math.round(x * 10) / 10

/** Option ids of a field: the current ones, then retired ones that still have counts. */
function optionIds(ctx: Ctx, field: FieldDefinition, current: string[]): string[] {
  const retired = [...(ctx.optionLabels.get(field.id)?.keys() ?? [])].filter(
    (id) => !current.includes(id) && count(ctx, field.id, id) > 0,
  )
  return [...current, ...retired]
}

function ratingSummary(
  ctx: Ctx,
  field: FieldDefinition,
  base: { id: string; label: string },
  shown: boolean,
) {
  const values = [1, 2, 3, 4, 5]
  const counts = values.map((v) => count(ctx, field.id, String(v)))
  const answered = count(ctx, field.id, ANSWERED)
  const cells = shown ? suppressPartition(counts, ctx.k) : counts.map(() => null)
  const sum = values.reduce((s, v, i) => s + v * counts[i]!, 0)
  return {
    ...base,
    type: 'rating' as const,
    answered: shown ? answered : null,
    average: shown && answered > 0 ? round1(sum / answered) : null,
    distribution: values.map((value, i) => ({ value, count: cells[i]! })),
  }
}

function npsSummary(ctx: Ctx, field: FieldDefinition, base: { id: string; label: string }, shown: boolean) {
  const range = (from: number, to: number) => {
    let n = 0
    for (let v = from; v <= to; v++) n += count(ctx, field.id, String(v))
    return n
  }
  const groups = [range(9, 10), range(7, 8), range(0, 6)]
  const answered = count(ctx, field.id, ANSWERED)
  const [promoters, passives, detractors] = shown ? suppressPartition(groups, ctx.k) : [null, null, null]
  return {
    ...base,
    type: 'nps' as const,
    answered: shown ? answered : null,
    score: shown && answered > 0 ? Math.round(((groups[0]! - groups[2]!) / answered) * 100) : null,
    promoters: promoters ?? null,
    passives: passives ?? null,
    detractors: detractors ?? null,
  }
}

function choiceSummary(
  ctx: Ctx,
  field: FieldDefinition,
  base: { id: string; label: string },
  shown: boolean,
) {
  const options: { id: string; label: string }[] =
    field.type === 'yes_no'
      ? [
          { id: 'yes', label: yesNo[ctx.locale][0] },
          { id: 'no', label: yesNo[ctx.locale][1] },
        ]
      : field.type === 'duration'
        ? BUCKETS.map((id) => ({ id, label: bucketLabels[ctx.locale][id] }))
        : optionIds(ctx, field, 'options' in field ? field.options.map((o) => o.id) : []).map((id) => ({
            id,
            label: ctx.optionLabels.get(field.id)?.get(id) ?? id,
          }))
  const counts = options.map((o) => count(ctx, field.id, o.id))
  const cells = shown ? suppressPartition(counts, ctx.k) : counts.map(() => null)
  return {
    ...base,
    type: field.type as 'single' | 'yes_no' | 'duration',
    answered: shown ? count(ctx, field.id, ANSWERED) : null,
    options: options.map((o, i) => ({ ...o, count: cells[i]! })),
  }
}

function multiSummary(ctx: Ctx, field: FieldDefinition, base: { id: string; label: string }, shown: boolean) {
  const ids = optionIds(ctx, field, 'options' in field ? field.options.map((o) => o.id) : [])
  return {
    ...base,
    type: 'multi' as const,
    answered: shown ? count(ctx, field.id, ANSWERED) : null,
    options: ids.map((id) => {
      const n = count(ctx, field.id, id)
      const rated = [1, 2, 3, 4, 5].map((r) => count(ctx, field.id, `${id}:${r}`))
      const ratedN = rated.reduce((s, x) => s + x, 0)
      const visible = shown ? suppress(n, ctx.k) : null
      return {
        id,
        label: ctx.optionLabels.get(field.id)?.get(id) ?? id,
        count: visible,
        averageRating:
          visible !== null && ratedN >= ctx.k
            ? round1(rated.reduce((s, x, i) => s + x * (i + 1), 0) / ratedN)
            : null,
      }
    }),
  }
}

function sideEffectSummary(
  ctx: Ctx,
  field: FieldDefinition,
  base: { id: string; label: string },
  shown: boolean,
) {
  const answered = count(ctx, field.id, ANSWERED)
  const any = count(ctx, field.id, ANY)
  const [none, anyCell] = shown ? suppressPartition([answered - any, any], ctx.k) : [null, null]
  const ids = optionIds(ctx, field, [
    ...('options' in field ? field.options.map((o) => o.id) : []),
    ...(field.type === 'side_effects' && field.allowOther ? ['other'] : []),
  ])
  const severities = ['mild', 'moderate', 'severe'] as const
  return {
    ...base,
    type: 'side_effects' as const,
    answered: shown ? answered : null,
    none: none ?? null,
    any: anyCell ?? null,
    effects: ids.map((id) => {
      const n = count(ctx, field.id, id)
      const visible = shown ? suppress(n, ctx.k) : null
      const bySeverity =
        visible === null
          ? [null, null, null]
          : suppressPartition(
              severities.map((s) => count(ctx, field.id, `${id}:${s}`)),
              ctx.k,
            )
      return {
        id,
        label:
          ctx.optionLabels.get(field.id)?.get(id) ??
          (id === 'other' ? (ctx.locale === 'es' ? 'Otro' : 'Other') : id),
        count: visible,
        severity: { mild: bySeverity[0]!, moderate: bySeverity[1]!, severe: bySeverity[2]! },
      }
    }),
  }
}

function fieldSummary(ctx: Ctx, field: FieldDefinition): FieldSummary | null {
  const base = { id: field.id, label: localize(field.label, ctx.locale, ctx.product) }
  const shown = count(ctx, field.id, ANSWERED) >= ctx.k
  switch (field.type) {
    case 'rating':
      return ratingSummary(ctx, field, base, shown)
    case 'nps':
      return npsSummary(ctx, field, base, shown)
    case 'single':
    case 'yes_no':
    case 'duration':
      return choiceSummary(ctx, field, base, shown)
    case 'multi':
      return multiSummary(ctx, field, base, shown)
    case 'side_effects':
      return sideEffectSummary(ctx, field, base, shown)
    default:
      return null
  }
}

/**
 * The product-page aggregate over published reports: fields of the current form first, then fields only
 * older versions had (their reports still count), each labelled from the newest version that has it.
 */
export function buildSummary(
  history: readonly ResolvedForm[],
  tallies: ReadonlyMap<string, number>,
  opts: { k: number; locale: Locale; community: Pick<Community, 'product'> },
): Summary {
  const product = opts.community.product.name
  const latest = new Map<string, FieldDefinition>()
  const optionLabels = new Map<string, Map<string, string>>()
  for (const form of history) {
    for (const field of form.definition.fields) {
      latest.set(field.id, field)
      const labels = optionLabels.get(field.id) ?? new Map<string, string>()
      if ('options' in field)
        for (const o of field.options) labels.set(o.id, localize(o.label, opts.locale, product))
      optionLabels.set(field.id, labels)
    }
  }
  const current = history[history.length - 1]!
  const order = [
    ...current.definition.fields.map((f) => f.id),
    ...[...latest.keys()].filter(
      (id) =>
        !current.definition.fields.some((f) => f.id === id) && (tallies.get(`${id}\t${ANSWERED}`) ?? 0) > 0,
    ),
  ]
  const ctx: Ctx = { tallies, k: opts.k, locale: opts.locale, product, optionLabels }
  const total = tallies.get(TOTAL.join('\t')) ?? 0
  const fields = order
    .map((id) => fieldSummary(ctx, latest.get(id)!))
    .filter((f): f is FieldSummary => f !== null)
  const ratingId = current.definition.roles.rating
  const rating = fields.find((f) => f.id === ratingId && f.type === 'rating')
  return {
    minGroupSize: opts.k,
    count: suppress(total, opts.k),
    formVersion: current.version,
    rating:
      rating?.type === 'rating'
        ? { fieldId: rating.id, average: rating.average, answered: rating.answered }
        : null,
    fields,
  }
}
