import { useEffect, useState } from 'preact/hooks'
import { type ConsoleContext, when } from '../context'

interface Entry {
  id: string
  actorId: string
  actorRoles: string[]
  action: string
  targetType: string
  targetId: string
  before: unknown
  after: unknown
  at: string
}

/** The append-only audit log, newest first, filterable by action; exportable as NDJSON. */
export default function Audit({ ctx }: { ctx: ConsoleContext }) {
  const [action, setAction] = useState('')
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [next, setNext] = useState<string | null>(null)

  async function load(before: string | null) {
    const q = new URLSearchParams({ limit: '50' })
    if (action) q.set('action', action)
    if (before) q.set('before', before)
    const page = await ctx.api.get<{ entries: Entry[]; next: string | null }>('audit', `?${q}`)
    setEntries((e) => (before && e ? [...e, ...page.entries] : page.entries))
    setNext(page.next)
  }

  useEffect(() => {
    load(null)
  }, [action])

  async function exportAll() {
    const res = await fetch(ctx.api.url('audit', '/export'), {
      headers: { authorization: `Bearer ${ctx.api.token}` },
    })
    const url = URL.createObjectURL(await res.blob())
    const a = document.createElement('a')
    a.href = url
    a.download = `audit-${ctx.community.slug}.ndjson`
    a.click()
    URL.revokeObjectURL(url)
  }

  return (
    <section>
      <h2>Audit log</h2>
      <div class="row">
        <label for="audit-action">Action</label>
        <input
          id="audit-action"
          type="search"
          placeholder="e.g. moderation.approve"
          value={action}
          onChange={(e) => setAction((e.target as HTMLInputElement).value)}
        />
        <button type="button" onClick={exportAll}>
          Export all (NDJSON)
        </button>
      </div>
      {!entries ? (
        <p class="muted">Loading…</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>Change</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td>
                  {e.actorId} <span class="muted">({e.actorRoles.join(', ')})</span>
                </td>
                <td>{e.action}</td>
                <td>
                  {e.targetType} {e.targetId}
                </td>
                <td>
                  <details>
                    <summary>before / after</summary>
                    <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" class="ghost" onClick={() => load(next)}>
          Older entries
        </button>
      )}
    </section>
  )
}
