import { useEffect, useRef, useState } from 'preact/hooks'
import uPlot from 'uplot'
import type { ConsoleContext } from '../context'

interface Metric {
  name: string
  plugin: string
  label: string
  unit: string
  description: string
  value: number | null
}

const WEEK = 7 * 86_400_000
const WEEKS = 8

function format(value: number | null, unit: string): string {
  if (value === null) return 'not enough data'
  if (unit === 'ratio') return `${Math.round(value * 100)} %`
  return `${Math.round(value * 10) / 10}${unit === 'hours' ? ' h' : unit === 'days' ? ' d' : ''}`
}

async function window(ctx: ConsoleContext, from: number, to: number): Promise<Metric[]> {
  const q = `?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`
  return (await ctx.api.get<{ metrics: Metric[] }>('metrics', q)).metrics
}

function Chart({ weeks, series, label }: { weeks: number[]; series: (number | null)[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const plot = new uPlot(
      {
        width: Math.min(760, ref.current.clientWidth || 760),
        height: 240,
        series: [{}, { label, stroke: '#1d5fa8', width: 2, points: { show: true } }],
        axes: [{}, { size: 60 }],
      },
      [weeks.map((w) => w / 1000), series],
      ref.current,
    )
    return () => plot.destroy()
  }, [weeks, series, label])
  return <div ref={ref} role="img" aria-label={`${label}, week by week`} />
}

/** Listening: every enabled plugin's metrics for the last 30 days, and one of them week by week. */
export default function Metrics({ ctx }: { ctx: ConsoleContext }) {
  const [current, setCurrent] = useState<Metric[] | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [history, setHistory] = useState<{ weeks: number[]; byName: Map<string, (number | null)[]> } | null>(
    null,
  )

  useEffect(() => {
    const now = Date.now()
    window(ctx, now - 30 * 86_400_000, now).then((m) => {
      setCurrent(m)
      setSelected((s) => s ?? m[0]?.name ?? null)
    })
    const starts = Array.from({ length: WEEKS }, (_, i) => now - (WEEKS - i) * WEEK)
    Promise.all(starts.map((from) => window(ctx, from, from + WEEK))).then((weeks) => {
      const byName = new Map<string, (number | null)[]>()
      weeks.forEach((metrics, i) => {
        for (const m of metrics) {
          const row = byName.get(m.name) ?? Array(WEEKS).fill(null)
          row[i] = m.value
          byName.set(m.name, row)
        }
      })
      setHistory({ weeks: starts, byName })
    })
  }, [ctx])

  if (!current) return <p class="muted">Loading metrics…</p>
  const chosen = current.find((m) => m.name === selected)
  return (
    <section>
      <h2>Listening — last 30 days</h2>
      <table>
        <thead>
          <tr>
            <th>Metric</th>
            <th>Value</th>
            <th>Feature</th>
            <th>What it measures</th>
          </tr>
        </thead>
        <tbody>
          {current.map((m) => (
            <tr key={m.name} aria-selected={m.name === selected}>
              <td>
                <button type="button" class="link" onClick={() => setSelected(m.name)}>
                  {m.label}
                </button>
              </td>
              <td>{format(m.value, m.unit)}</td>
              <td>{m.plugin}</td>
              <td class="muted">{m.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen && history && (
        <figure>
          <figcaption>
            {chosen.label}, week by week (last {WEEKS} weeks)
          </figcaption>
          <Chart weeks={history.weeks} series={history.byName.get(chosen.name) ?? []} label={chosen.label} />
        </figure>
      )}
    </section>
  )
}
