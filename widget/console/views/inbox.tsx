import { useEffect, useState } from 'preact/hooks'
import type { z } from 'zod'
import type { DraftView, InboxDraft, InboxQuestion } from '../../../worker/plugins/qa/schema'
import { RequestFailed } from '../../api'
import type { ConsoleContext } from '../context'

type Question = z.infer<typeof InboxQuestion>
type Waiting = z.infer<typeof InboxDraft>
type Section = 'unanswered' | 'review' | 'medical'
type Page<T> = { items: T[]; next: string | null }

function useNotice() {
  const [message, setMessage] = useState('')
  const fail = (err: unknown) =>
    setMessage(err instanceof RequestFailed ? `${err.error.code}: ${err.error.message}` : 'That failed.')
  return { message, setMessage, fail }
}

function Compose({ label, onSend }: { label: string; onSend: (text: string) => Promise<void> }) {
  const [text, setText] = useState('')
  const id = `compose-${label.replace(/\W+/g, '-')}`
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        await onSend(text)
        setText('')
      }}
    >
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button type="submit" disabled={text.trim().length < 2}>
        {label}
      </button>
    </form>
  )
}

function QuestionCard({ q, children }: { q: Question; children?: preact.ComponentChildren }) {
  return (
    <article class="card">
      <strong>{q.title}</strong>{' '}
      <span class="muted">
        waiting {Math.round(q.waitingHours)} h · by {q.author.pseudonym}
      </span>
      <p>{q.excerpt}</p>
      {q.routing && (
        <p class="muted">
          routed ({q.routing.source}): {q.routing.cues.map((c) => c.label).join('; ')}
        </p>
      )}
      {children}
    </article>
  )
}

function Unanswered({ ctx }: { ctx: ConsoleContext }) {
  const [page, setPage] = useState<Page<Question> | null>(null)
  const notice = useNotice()
  const load = () => ctx.api.get<Page<Question>>('qa', '/inbox/unanswered?scope=no_official').then(setPage)
  useEffect(() => {
    load()
  }, [])
  const isExpert = ctx.me.roles.includes('expert')
  async function draft(q: Question, body: string) {
    try {
      const d = await ctx.api.request<{ id: string }>('POST', 'qa', `/questions/${q.id}/drafts`, { body })
      await ctx.api.request('POST', 'qa', `/drafts/${d.id}/submit`)
      notice.setMessage(`Official answer to “${q.title}” sent for review.`)
      load()
    } catch (err) {
      notice.fail(err)
    }
  }
  return (
    <div>
      <p role="status" aria-live="polite">
        {notice.message}
      </p>
      {!page ? (
        <p class="muted">Loading…</p>
      ) : page.items.length === 0 ? (
        <p class="muted">Nothing waiting.</p>
      ) : null}
      {page?.items.map((q) => (
        <QuestionCard key={q.id} q={q}>
          {isExpert && (
            <Compose label="Draft an official answer and submit it for review" onSend={(t) => draft(q, t)} />
          )}
        </QuestionCard>
      ))}
    </div>
  )
}

function Review({ ctx }: { ctx: ConsoleContext }) {
  const [page, setPage] = useState<Page<Waiting> | null>(null)
  const [open, setOpen] = useState<z.infer<typeof DraftView> | null>(null)
  const [comment, setComment] = useState('')
  const notice = useNotice()
  const load = () => ctx.api.get<Page<Waiting>>('qa', '/inbox/review').then(setPage)
  useEffect(() => {
    load()
  }, [])
  async function decide(decision: 'approve' | 'request_changes') {
    if (!open) return
    try {
      await ctx.api.request('POST', 'qa', `/drafts/${open.id}/decision`, {
        decision,
        version: open.version,
        ...(comment ? { comment } : {}),
      })
      notice.setMessage(
        decision === 'approve' ? 'Approved: it is now the official answer.' : 'Changes requested.',
      )
      setOpen(null)
      setComment('')
      load()
    } catch (err) {
      notice.fail(err)
    }
  }
  return (
    <div>
      <p role="status" aria-live="polite">
        {notice.message}
      </p>
      {page?.items.length === 0 && <p class="muted">Nothing awaits review.</p>}
      <ul>
        {page?.items.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              class="link"
              onClick={() => ctx.api.get<z.infer<typeof DraftView>>('qa', `/drafts/${d.id}`).then(setOpen)}
            >
              {d.questionTitle}
            </button>{' '}
            <span class="muted">
              v{d.version} by {d.author.pseudonym}, waiting {Math.round(d.waitingHours)} h
            </span>
          </li>
        ))}
      </ul>
      {open && (
        <article class="card">
          <h3>{open.questionTitle}</h3>
          <p class="muted">
            Version {open.version} by {open.author.pseudonym} ({open.reviewState})
          </p>
          <pre>{open.body}</pre>
          <label for="review-comment">Comment (required to request changes)</label>
          <textarea
            id="review-comment"
            rows={2}
            value={comment}
            onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
          />
          {ctx.me.roles.includes('reviewer') && (
            <div class="row">
              <button type="button" onClick={() => decide('approve')}>
                Approve version {open.version}
              </button>
              <button
                type="button"
                class="ghost"
                disabled={!comment.trim()}
                onClick={() => decide('request_changes')}
              >
                Request changes
              </button>
            </div>
          )}
          <details>
            <summary>Timeline</summary>
            <ul>
              {open.timeline.map((t) => (
                <li key={`${t.at}-${t.action}`}>
                  {t.at} — {t.action} v{t.version} by {t.actor.pseudonym} {t.comment ?? ''}
                </li>
              ))}
            </ul>
          </details>
        </article>
      )}
    </div>
  )
}

function Medical({ ctx }: { ctx: ConsoleContext }) {
  const [page, setPage] = useState<Page<Question> | null>(null)
  const notice = useNotice()
  const load = () => ctx.api.get<Page<Question>>('qa', '/inbox/medical-information?state=open').then(setPage)
  useEffect(() => {
    load()
  }, [])
  async function reply(q: Question, body: string) {
    try {
      await ctx.api.request('POST', 'qa', `/questions/${q.id}/private-replies`, { body })
      notice.setMessage(`Private reply sent to the asker of “${q.title}”.`)
      load()
    } catch (err) {
      notice.fail(err)
    }
  }
  return (
    <div>
      <p role="status" aria-live="polite">
        {notice.message}
      </p>
      {page?.items.length === 0 && <p class="muted">No open medical-information questions.</p>}
      {page?.items.map((q) => (
        <QuestionCard key={q.id} q={q}>
          {ctx.me.roles.includes('expert') && <Compose label="Reply privately" onSend={(t) => reply(q, t)} />}
        </QuestionCard>
      ))}
    </div>
  )
}

/** The expert inbox: unanswered questions, official answers awaiting review, the medical-information queue. */
export default function Inbox({ ctx }: { ctx: ConsoleContext }) {
  const [section, setSection] = useState<Section>('unanswered')
  const sections: [Section, string][] = [
    ['unanswered', 'Unanswered'],
    ['review', 'Awaiting review'],
    ['medical', 'Medical information'],
  ]
  return (
    <section>
      <h2>Expert inbox</h2>
      <div class="row" role="tablist">
        {sections.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={section === id}
            class={section === id ? '' : 'ghost'}
            onClick={() => setSection(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {section === 'unanswered' && <Unanswered ctx={ctx} />}
      {section === 'review' && <Review ctx={ctx} />}
      {section === 'medical' && <Medical ctx={ctx} />}
    </section>
  )
}
