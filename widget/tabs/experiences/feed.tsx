import { useEffect, useState } from 'preact/hooks'
import type { WidgetContext } from '../../context'
import { fill } from '../../i18n'
import { ReportCard } from './report-card'
import type { TabStrings } from './strings'
import type { Feed, Form, Report } from './types'

const PAGE = 10
const BUCKETS = ['under_1_week', '1_4_weeks', '1_3_months', 'over_3_months'] as const

interface Filters {
  sort: 'newest' | 'helpful'
  rating: string
  timeOnProduct: string
}

function query(ctx: WidgetContext, f: Filters, cursor: string | null): string {
  const params = new URLSearchParams({ locale: ctx.locale, sort: f.sort, limit: String(PAGE) })
  if (f.rating) params.set('rating', f.rating)
  if (f.timeOnProduct) params.set('timeOnProduct', f.timeOnProduct)
  if (cursor) params.set('cursor', cursor)
  return `/reports?${params}`
}

function Select(props: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  options: [string, string][]
}) {
  return (
    <label for={props.id}>
      {props.label}{' '}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The public list with filters and "load more"; `fresh` is the caller's just-published report, shown first. */
export function FeedView({
  ctx,
  form,
  t,
  fresh,
}: {
  ctx: WidgetContext
  form: Form
  t: TabStrings
  fresh: Report | null
}) {
  const [filters, setFilters] = useState<Filters>({ sort: 'newest', rating: '', timeOnProduct: '' })
  const [reports, setReports] = useState<Report[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [busy, setBusy] = useState(true)
  const [failed, setFailed] = useState(false)

  async function load(cursor: string | null) {
    setBusy(true)
    setFailed(false)
    try {
      const page = await ctx.api.get<Feed>('experiences', query(ctx, filters, cursor))
      setReports((old) => (cursor ? [...old, ...page.reports] : page.reports))
      setNext(page.next)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    load(null)
  }, [filters.sort, filters.rating, filters.timeOnProduct, ctx.locale])

  useEffect(() => {
    if (fresh) setReports((old) => [fresh, ...old.filter((r) => r.id !== fresh.id)])
  }, [fresh])

  async function helpful(report: Report) {
    if (!ctx.me) return ctx.requestJoin()
    const method = report.helpedByMe ? 'DELETE' : 'POST'
    try {
      const res = await ctx.api.request<{ helpedByMe: boolean; helpfulCount: number }>(
        method,
        'experiences',
        `/reports/${report.id}/helpful`,
      )
      setReports((old) =>
        old.map((r) =>
          r.id === report.id ? { ...r, helpedByMe: res.helpedByMe, helpfulCount: res.helpfulCount } : r,
        ),
      )
    } catch {
      // The button stays as it was; nothing was changed.
    }
  }

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }))
  const roles = form.definition.roles
  return (
    <section aria-labelledby="xp-list">
      <h3 id="xp-list">{t.listTitle}</h3>
      <div class="filters">
        <Select
          id="xp-sort"
          label={t.sort}
          value={filters.sort}
          onChange={(v) => set({ sort: v as Filters['sort'] })}
          options={[
            ['newest', t.newest],
            ['helpful', t.helpful],
          ]}
        />
        {roles.rating && (
          <Select
            id="xp-rating"
            label={t.rating}
            value={filters.rating}
            onChange={(v) => set({ rating: v })}
            options={[
              ['', t.all],
              ...[5, 4, 3, 2, 1].map((n): [string, string] => [
                String(n),
                n === 1 ? t.star : fill(t.stars, { n }),
              ]),
            ]}
          />
        )}
        {roles.timeOnProduct && (
          <Select
            id="xp-time"
            label={t.timeOnProduct}
            value={filters.timeOnProduct}
            onChange={(v) => set({ timeOnProduct: v })}
            options={[['', t.all], ...BUCKETS.map((b): [string, string] => [b, t.buckets[b]])]}
          />
        )}
      </div>
      <div aria-live="polite" aria-busy={busy}>
        {reports.map((r) => (
          <ReportCard
            key={r.id}
            report={r}
            ratingId={roles.rating}
            locale={ctx.locale}
            t={t}
            onHelpful={r.author.id === ctx.me?.id ? null : helpful}
          />
        ))}
        {!busy && !failed && reports.length === 0 && <p class="muted">{t.none}</p>}
        {failed && <p class="err">{ctx.t.failed}</p>}
        {busy && <p class="muted">{t.loading}</p>}
      </div>
      {next && !busy && (
        <button type="button" class="ghost" onClick={() => load(next)}>
          {t.loadMore}
        </button>
      )}
    </section>
  )
}
