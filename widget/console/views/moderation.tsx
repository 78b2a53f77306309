import { useEffect, useState } from 'preact/hooks'
import type { z } from 'zod'
import { rejectionCodes as reasonCodes, rejectionReasons } from '../../../worker/plugins/moderation/reasons'
import type { QueueItem, QueuePage } from '../../../worker/plugins/moderation/schema'
import { RequestFailed } from '../../api'
import { type ConsoleContext, when } from '../context'

type Item = z.infer<typeof QueueItem>
type Kind = 'all' | 'held' | 'reported'

function Decide({
  ctx,
  item,
  onDone,
}: {
  ctx: ConsoleContext
  item: Item
  onDone: (message: string) => void
}) {
  const [reason, setReason] = useState<string>('off_topic')
  const [editing, setEditing] = useState(false)
  const [fields, setFields] = useState<Record<string, string>>(item.text)
  const [block, setBlock] = useState(false)
  const [busy, setBusy] = useState(false)

  async function send(body: Record<string, unknown>, label: string) {
    setBusy(true)
    try {
      await ctx.api.request('POST', 'moderation', `/items/${item.contentId}/decisions`, {
        ...body,
        version: item.version,
      })
      onDone(`${label}: ${item.contentId}`)
    } catch (err) {
      onDone(
        err instanceof RequestFailed ? `${err.error.code}: ${err.error.message}` : 'The decision failed.',
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="row">
      <button type="button" disabled={busy} onClick={() => send({ action: 'approve' }, 'Approved')}>
        Approve
      </button>
      <label for={`reason-${item.contentId}`}>Reason</label>
      <select
        id={`reason-${item.contentId}`}
        value={reason}
        onChange={(e) => setReason((e.target as HTMLSelectElement).value)}
      >
        {reasonCodes.map((code) => (
          <option key={code} value={code}>
            {code} — {rejectionReasons[code].en}
          </option>
        ))}
      </select>
      <label class="row">
        <input type="checkbox" checked={block} onChange={() => setBlock((b) => !b)} /> block the author
      </label>
      <button
        type="button"
        class="ghost"
        disabled={busy}
        onClick={() =>
          send(
            { action: item.held ? 'reject' : 'remove', reason, blockAuthor: block },
            item.held ? 'Rejected' : 'Removed',
          )
        }
      >
        {item.held ? 'Reject' : 'Remove'}
      </button>
      <button type="button" class="ghost" onClick={() => setEditing((e) => !e)}>
        Edit…
      </button>
      {editing && (
        <div style={{ width: '100%' }}>
          {Object.entries(fields).map(([name, value]) => (
            <div key={name}>
              <label for={`edit-${item.contentId}-${name}`}>{name}</label>
              <textarea
                id={`edit-${item.contentId}-${name}`}
                rows={3}
                value={value}
                onInput={(e) => {
                  const v = (e.target as HTMLTextAreaElement).value
                  setFields((f) => ({ ...f, [name]: v }))
                }}
              />
            </div>
          ))}
          <button
            type="button"
            disabled={busy}
            onClick={() => send({ action: 'edit', fields, reason }, 'Edited')}
          >
            Save the edit (public “edited by moderator”)
          </button>
        </div>
      )}
    </div>
  )
}

/** The moderation queue: held and reported items, oldest first, each with why it is there, and the decisions. */
export default function Moderation({ ctx }: { ctx: ConsoleContext }) {
  const [kind, setKind] = useState<Kind>('all')
  const [page, setPage] = useState<z.infer<typeof QueuePage> | null>(null)
  const [message, setMessage] = useState('')

  async function load() {
    setPage(await ctx.api.get<z.infer<typeof QueuePage>>('moderation', `/queue?kind=${kind}&limit=50`))
  }
  useEffect(() => {
    load()
  }, [kind])

  return (
    <section>
      <h2>Moderation queue</h2>
      <div class="row">
        <label for="queue-kind">Show</label>
        <select
          id="queue-kind"
          value={kind}
          onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}
        >
          <option value="all">held and reported</option>
          <option value="held">held (hidden until decided)</option>
          <option value="reported">reported (still public)</option>
        </select>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {!page ? (
        <p class="muted">Loading…</p>
      ) : page.items.length === 0 ? (
        <p class="muted">The queue is empty.</p>
      ) : (
        page.items.map((item) => (
          <article key={item.entryId} class="card">
            <div class="row">
              <span class={`pill ${item.held ? 'warn' : ''}`}>{item.held ? 'held' : 'reported'}</span>
              <strong>{item.type}</strong>
              <span>by {item.author.pseudonym}</span>
              {item.author.status !== 'active' && <span class="pill bad">{item.author.status}</span>}
              <span class="muted">
                posted {when(item.createdAt)} · queued {when(item.queuedAt)}
              </span>
            </div>
            {Object.entries(item.text).map(([name, value]) => (
              <p key={name}>
                <span class="muted">{name}: </span>
                {value}
              </p>
            ))}
            <ul>
              {item.reasons.map((r) => (
                <li key={`${r.hook}-${r.code}`}>
                  <code>{r.hook}</code> said <strong>{r.verdict}</strong> ({r.code}): {r.message}
                </li>
              ))}
              {item.reports.byReason.map((r) => (
                <li key={r.reason}>
                  reported {r.count}× as <strong>{r.reason}</strong>
                </li>
              ))}
              {item.flags.length > 0 && <li class="muted">flags: {item.flags.join(', ')}</li>}
            </ul>
            <Decide
              ctx={ctx}
              item={item}
              onDone={(m) => {
                setMessage(m)
                load()
              }}
            />
          </article>
        ))
      )}
    </section>
  )
}
