import { useEffect, useState } from 'preact/hooks'
import type { FieldSummary, Summary } from '../../../worker/plugins/experiences/schema/summary'
import type { ConsoleContext } from '../context'

const shown = (n: number | null) => (n === null ? 'hidden (< k)' : String(n))

function Field({ field }: { field: FieldSummary }) {
  const rows: [string, string][] =
    field.type === 'rating'
      ? [
          ['average', shown(field.average)],
          ...field.distribution.map((d): [string, string] => [`${d.value} ★`, shown(d.count)]),
        ]
      : field.type === 'nps'
        ? [
            ['NPS', shown(field.score)],
            ['promoters', shown(field.promoters)],
            ['passives', shown(field.passives)],
            ['detractors', shown(field.detractors)],
          ]
        : field.type === 'side_effects'
          ? [
              ['none', shown(field.none)],
              ['any', shown(field.any)],
              ...field.effects.map((e): [string, string] => [
                e.label,
                `${shown(e.count)} (mild ${shown(e.severity.mild)}, moderate ${shown(e.severity.moderate)}, severe ${shown(e.severity.severe)})`,
              ]),
            ]
          : field.options.map((o): [string, string] => [o.label, shown(o.count)])
  return (
    <div class="card">
      <h3>{field.label}</h3>
      <p class="muted">answered by {shown(field.answered)}</p>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Feedback summary for product teams: the same suppressed aggregate the product page shows, field by field. */
export default function Feedback({ ctx }: { ctx: ConsoleContext }) {
  const [summary, setSummary] = useState<Summary | null>(null)
  useEffect(() => {
    ctx.api.get<Summary>('experiences', '/summary').then(setSummary)
  }, [ctx])
  if (!summary) return <p class="muted">Loading…</p>
  return (
    <section>
      <h2>Feedback summary</h2>
      <p>
        {shown(summary.count)} published reports (form version {summary.formVersion}). Cells with fewer than{' '}
        {summary.minGroupSize} reports are hidden so no one can be identified.
      </p>
      {summary.fields.map((f) => (
        <Field key={f.id} field={f} />
      ))}
    </section>
  )
}
