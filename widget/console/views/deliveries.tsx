import { useEffect, useState } from 'preact/hooks'
import { RequestFailed } from '../../api'
import { type ConsoleContext, when } from '../context'

interface Delivery {
  id: string
  endpoint: string
  topic: string
  status: 'pending' | 'delivered' | 'dead'
  attempts: number
  lastStatus: number | null
  lastError: string | null
  createdAt: string
  deliveredAt: string | null
}

/** Outbound webhooks: pending, delivered and dead (the dead-letter list), with replay. */
export default function Deliveries({ ctx }: { ctx: ConsoleContext }) {
  const [status, setStatus] = useState<'' | Delivery['status']>('dead')
  const [rows, setRows] = useState<Delivery[] | null>(null)
  const [message, setMessage] = useState('')

  async function load() {
    const q = status ? `?status=${status}` : ''
    setRows((await ctx.api.get<{ deliveries: Delivery[] }>('deliveries', q)).deliveries)
  }
  useEffect(() => {
    load()
  }, [status])

  async function replay(id: string) {
    try {
      await ctx.api.request('POST', 'deliveries', `/${id}/replay`)
      setMessage(`Delivery ${id} queued again.`)
      await load()
    } catch (err) {
      setMessage(err instanceof RequestFailed ? err.error.message : 'Replay failed.')
    }
  }

  return (
    <section>
      <h2>Deliveries</h2>
      <div class="row">
        <label for="delivery-status">Status</label>
        <select
          id="delivery-status"
          value={status}
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Delivery['status'])}
        >
          <option value="dead">dead (needs attention)</option>
          <option value="pending">pending</option>
          <option value="delivered">delivered</option>
          <option value="">all</option>
        </select>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {!rows ? (
        <p class="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p class="muted">Nothing here.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Created</th>
              <th>Endpoint</th>
              <th>Topic</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Last error</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td>{when(d.createdAt)}</td>
                <td>{d.endpoint}</td>
                <td>{d.topic}</td>
                <td>{d.status}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? ''}</td>
                <td>
                  {d.status === 'dead' && (
                    <button type="button" onClick={() => replay(d.id)}>
                      Replay
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
