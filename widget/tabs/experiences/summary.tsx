import { fill } from '../../i18n'
import type { TabStrings } from './strings'
import type { FieldSummary, Summary } from './types'

type Count = number | null

/** ★★★★☆ for a 1-5 value, with the number for screen readers. */
export function Stars({ value, t }: { value: number; t: TabStrings }) {
  const full = Math.round(value)
  return (
    <span class="stars" role="img" aria-label={fill(t.outOf5, { avg: value })}>
      {'★'.repeat(full)}
      {'☆'.repeat(5 - full)}
    </span>
  )
}

function Bar({
  label,
  count,
  of,
  t,
  k,
}: {
  label: string
  count: Count
  of: number
  t: TabStrings
  k: number
}) {
  const share = count === null || of === 0 ? 0 : Math.round((count / of) * 100)
  return (
    <li>
      <span>{label}</span>
      <span class="bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </span>
      <span class="muted">{count === null ? fill(t.hidden, { k }) : `${share}%`}</span>
    </li>
  )
}

function SideEffects({
  field,
  t,
  k,
}: {
  field: Extract<FieldSummary, { type: 'side_effects' }>
  t: TabStrings
  k: number
}) {
  const answered = field.answered ?? 0
  const shown = field.effects.filter((e) => e.count !== 0)
  return (
    <div>
      <h4>{t.sideEffects}</h4>
      <ul class="bars">
        <Bar label={t.noSideEffects} count={field.none} of={answered} t={t} k={k} />
        {shown.map((e) => (
          <Bar key={e.id} label={e.label} count={e.count} of={answered} t={t} k={k} />
        ))}
      </ul>
    </div>
  )
}

/** Summary on top of the tab: average stars, the rating breakdown, side effects and NPS; small cells hidden. */
export function SummaryView({ summary, t }: { summary: Summary; t: TabStrings }) {
  const k = summary.minGroupSize
  if (summary.count === null || summary.count === 0 || !summary.rating) {
    return (
      <section aria-labelledby="xp-summary">
        <h3 id="xp-summary">{t.summaryTitle}</h3>
        <p class="muted">{fill(t.tooFew, { k })}</p>
      </section>
    )
  }
  const rating = summary.fields.find((f) => f.id === summary.rating?.fieldId)
  const effects = summary.fields.find((f) => f.type === 'side_effects')
  const nps = summary.fields.find((f) => f.type === 'nps')
  return (
    <section aria-labelledby="xp-summary">
      <h3 id="xp-summary">{t.summaryTitle}</h3>
      {summary.rating.average !== null && (
        <p>
          <span class="big">{summary.rating.average.toFixed(1)}</span>
          <Stars value={summary.rating.average} t={t} />{' '}
          <span class="muted">{fill(t.basedOn, { n: summary.count })}</span>
        </p>
      )}
      {rating?.type === 'rating' && (
        <ul class="bars" aria-label={rating.label}>
          {[...rating.distribution].reverse().map((d) => (
            <Bar
              key={d.value}
              label={d.value === 1 ? t.star : fill(t.stars, { n: d.value })}
              count={d.count}
              of={rating.answered ?? 0}
              t={t}
              k={k}
            />
          ))}
        </ul>
      )}
      {effects?.type === 'side_effects' && effects.answered !== null && (
        <SideEffects field={effects} t={t} k={k} />
      )}
      {nps?.type === 'nps' && nps.score !== null && (
        <p>
          {t.recommend}: <strong>{nps.score > 0 ? `+${nps.score}` : nps.score}</strong>
        </p>
      )}
    </section>
  )
}
