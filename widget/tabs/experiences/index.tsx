import { useEffect, useState } from 'preact/hooks'
import type { WidgetContext } from '../../context'
import { useStyles } from '../../use-styles'
import { css } from './css'
import { FeedView } from './feed'
import { Share } from './share'
import { tabStrings } from './strings'
import { SummaryView } from './summary'
import type { Form, OwnReport, Report, Summary } from './types'

function MyReports({ ctx, reload }: { ctx: WidgetContext; reload: number }) {
  const t = tabStrings[ctx.locale]
  const [reports, setReports] = useState<OwnReport[]>([])
  useEffect(() => {
    if (!ctx.me) return setReports([])
    ctx.api.get<{ reports: OwnReport[] }>('experiences', `/reports/mine?locale=${ctx.locale}`).then(
      (r) => setReports(r.reports),
      () => setReports([]),
    )
  }, [ctx.me?.id, ctx.locale, reload])

  async function withdraw(id: string) {
    const updated = await ctx.api.request<OwnReport>(
      'POST',
      'experiences',
      `/reports/${id}/withdraw?locale=${ctx.locale}`,
    )
    setReports((old) => old.map((r) => (r.id === id ? updated : r)))
  }

  if (reports.length === 0) return null
  return (
    <section aria-labelledby="xp-mine">
      <h3 id="xp-mine">{t.myReports}</h3>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            {new Date(r.createdAt).toLocaleDateString(ctx.locale, { dateStyle: 'medium' })} ·{' '}
            <span class="status">{t.status[r.status]}</span>
            {r.status !== 'withdrawn' && r.status !== 'removed' && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => withdraw(r.id)}>
                  {t.withdraw}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The Experiences tab: the summary, the list with filters, then "share your experience". */
export default function ExperiencesTab({ ctx }: { ctx: WidgetContext }) {
  const ref = useStyles(css)
  const t = tabStrings[ctx.locale]
  const [form, setForm] = useState<Form | null>(null)
  const [summary, setSummary] = useState<Summary | null>(null)
  const [failed, setFailed] = useState(false)
  const [fresh, setFresh] = useState<Report | null>(null)
  const [sentCount, setSentCount] = useState(0)

  const loadForm = () => ctx.api.get<Form>('experiences', '/form').then(setForm, () => setFailed(true))

  useEffect(() => {
    loadForm()
  }, [ctx.api])

  useEffect(() => {
    ctx.api
      .get<Summary>('experiences', `/summary?locale=${ctx.locale}`)
      .then(setSummary, () => setSummary(null))
  }, [ctx.api, ctx.locale, sentCount])

  function sent(report: OwnReport) {
    setSentCount((n) => n + 1)
    if (report.status === 'published') setFresh(report)
  }

  return (
    <div class="xp" ref={ref}>
      {failed && <p class="err">{ctx.t.failed}</p>}
      {summary && <SummaryView summary={summary} t={t} />}
      {form && <FeedView ctx={ctx} form={form} t={t} fresh={fresh} />}
      {form && <Share ctx={ctx} form={form} t={t} onSent={sent} onFormChanged={loadForm} />}
      <MyReports ctx={ctx} reload={sentCount} />
      {!form && !failed && <p class="muted">{t.loading}</p>}
    </div>
  )
}
