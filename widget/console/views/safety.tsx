import { useEffect, useState } from 'preact/hooks'
import type { z } from 'zod'
import type { CaseDetail, CaseList, CaseStatus } from '../../../worker/plugins/safety/schema'
import { transitions } from '../../../worker/plugins/safety/schema'
import { RequestFailed } from '../../api'
import { type ConsoleContext, when } from '../context'

type Detail = z.infer<typeof CaseDetail>
type Status = z.infer<typeof CaseStatus>
/** The server's own triage workflow, so the console offers exactly the moves it accepts. */
const next = transitions

function Triage({ ctx, item, onDone }: { ctx: ConsoleContext; item: Detail; onDone: (m: string) => void }) {
  const [status, setStatus] = useState<Status | ''>(next[item.status][0] ?? '')
  const [note, setNote] = useState('')
  const [regulator, setRegulator] = useState('')
  const [reference, setReference] = useState('')
  if (!ctx.me.roles.includes('safety') || next[item.status].length === 0) return null
  async function submit(e: Event) {
    e.preventDefault()
    const body: Record<string, unknown> = { status, version: item.version }
    if (note) body.note = note
    if (status === 'reported') Object.assign(body, { regulator, reference })
    try {
      await ctx.api.request('POST', 'safety', `/cases/${item.id}/status`, body)
      onDone(`Case ${item.number} is now ${status}.`)
    } catch (err) {
      onDone(err instanceof RequestFailed ? `${err.error.code}: ${err.error.message}` : 'The change failed.')
    }
  }
  return (
    <form class="card" onSubmit={submit}>
      <div class="row">
        <label for="triage-status">Move to</label>
        <select
          id="triage-status"
          value={status}
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status)}
        >
          {next[item.status].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        {status === 'reported' && (
          <>
            <label for="triage-regulator">Regulator</label>
            <input
              id="triage-regulator"
              value={regulator}
              onInput={(e) => setRegulator((e.target as HTMLInputElement).value)}
            />
            <label for="triage-reference">Reference</label>
            <input
              id="triage-reference"
              value={reference}
              onInput={(e) => setReference((e.target as HTMLInputElement).value)}
            />
          </>
        )}
      </div>
      <label for="triage-note">Note</label>
      <textarea
        id="triage-note"
        rows={2}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      <button type="submit">Save (audited)</button>
    </form>
  )
}

function CaseView({
  ctx,
  id,
  onChanged,
}: {
  ctx: ConsoleContext
  id: string
  onChanged: (m: string) => void
}) {
  const [item, setItem] = useState<Detail | null>(null)
  const load = () => ctx.api.get<Detail>('safety', `/cases/${id}`).then(setItem)
  useEffect(() => {
    load()
  }, [id])
  if (!item) return <p class="muted">Loading the case…</p>
  return (
    <div class="card">
      <h3>
        Case {item.number} · {item.kind.replace('_', ' ')} · {item.status}
        {item.possiblySerious && <span class="pill bad"> possibly serious</span>}
      </h3>
      <p class="muted">
        received {when(item.receivedAt)} · due {when(item.dueAt)}{' '}
        {item.overdue && <span class="pill bad">overdue</span>}
      </p>
      <h4>Verbatim text (restricted)</h4>
      {Object.entries(item.text).map(([k, v]) => (
        <p key={k}>
          <span class="muted">{k}: </span>
          {v}
        </p>
      ))}
      <h4>Minimum elements</h4>
      <ul>
        {Object.entries(item.elements).map(([k, e]) => (
          <li key={k}>
            <strong>{k}</strong>: {e.present ? 'present' : 'missing'}{' '}
            <span class="muted">— {e.evidence}</span>
          </li>
        ))}
      </ul>
      <h4>Why it was flagged</h4>
      <ul>
        {[...item.detection.events, ...item.detection.complaints].map((t) => (
          <li key={`${t.field}-${t.term}-${t.matched}`}>
            {t.category}: <strong>{t.term}</strong> (“{t.matched}”){t.severe ? ' — severe' : ''}
          </li>
        ))}
        {item.detection.seriousness.map((s) => (
          <li key={`${s.criterion}-${s.matched}`}>
            seriousness: <strong>{s.criterion}</strong> (“{s.matched}”)
          </li>
        ))}
      </ul>
      <h4>Reporter (restricted)</h4>
      <p>
        {item.reporter.pseudonym} · {item.reporter.email ?? 'no email on file'}
      </p>
      <Triage
        ctx={ctx}
        item={item}
        onDone={(m) => {
          onChanged(m)
          load()
        }}
      />
      <details>
        <summary>History ({item.history.length})</summary>
        <ul>
          {item.history.map((h) => (
            <li key={h.seq}>
              {when(h.at)} — {h.action} {h.fromStatus ? `${h.fromStatus} → ${h.toStatus}` : ''} {h.note ?? ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}

/** Safety cases: open cases by due date (overdue first), each with its evidence, elements and triage. */
export default function Safety({ ctx }: { ctx: ConsoleContext }) {
  const [filter, setFilter] = useState('open=true')
  const [list, setList] = useState<z.infer<typeof CaseList> | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const load = () =>
    ctx.api.get<z.infer<typeof CaseList>>('safety', `/cases?${filter}&limit=50`).then(setList)
  useEffect(() => {
    load()
  }, [filter])
  return (
    <section>
      <h2>Safety cases</h2>
      <div class="row">
        <label for="case-filter">Show</label>
        <select
          id="case-filter"
          value={filter}
          onChange={(e) => setFilter((e.target as HTMLSelectElement).value)}
        >
          <option value="open=true">open, by due date</option>
          <option value="due=overdue">overdue</option>
          <option value="serious=true&open=true">open, possibly serious</option>
          <option value="status=reported">reported</option>
          <option value="sort=received">all, newest first</option>
        </select>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {!list ? (
        <p class="muted">Loading…</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Case</th>
              <th>Kind</th>
              <th>Status</th>
              <th>Events / complaints</th>
              <th>Due</th>
            </tr>
          </thead>
          <tbody>
            {list.cases.map((c) => (
              <tr key={c.id} aria-selected={c.id === selected}>
                <td>
                  <button type="button" class="link" onClick={() => setSelected(c.id)}>
                    #{c.number}
                  </button>
                  {c.possiblySerious && <span class="pill bad">serious?</span>}
                </td>
                <td>{c.kind.replace('_', ' ')}</td>
                <td>{c.status}</td>
                <td>{[...c.events, ...c.complaints].join(', ')}</td>
                <td>
                  {when(c.dueAt)} {c.overdue && <span class="pill bad">overdue</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && (
        <CaseView
          ctx={ctx}
          id={selected}
          onChanged={(m) => {
            setMessage(m)
            load()
          }}
        />
      )}
    </section>
  )
}
