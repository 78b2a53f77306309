import { useEffect, useState } from 'preact/hooks'
import type { ArticleSummary } from '../../../worker/plugins/learn/schema'
import type { AnswerView, PrivateReply, QuestionDetail } from '../../../worker/plugins/qa/schema'
import { RequestFailed } from '../../api'
import { formatDate } from '../../dates'
import { fill } from '../../i18n'
import { type QaProps, withLocale } from './types'

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  )
}

function Author({ author }: { author: AnswerView['author'] }) {
  return (
    <span class="muted">
      {author.pseudonym}{' '}
      {author.badges.map((b) => (
        <span key={b.code} class="badge">
          {b.label}
        </span>
      ))}
    </span>
  )
}

/** Titles of the Learn articles an official answer links, opened in the article reader. */
function LinkedArticles({ ids, props, back }: { ids: string[]; props: QaProps; back: string }) {
  const { ctx, t } = props
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  useEffect(() => {
    if (ids.length === 0 || !ctx.community.plugins.includes('learn')) return
    let live = true
    ctx.api
      .get<{ articles: ArticleSummary[] }>('learn', withLocale(ctx, `/articles?ids=${ids.join(',')}`))
      .then(
        (r) => live && setArticles(r.articles),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [ids.join(',')])
  if (articles.length === 0) return null
  return (
    <p class="row">
      <span>{t.read}</span>
      {articles.map((a) => (
        <button
          key={a.id}
          type="button"
          class="link"
          onClick={() => props.open({ name: 'article', id: a.id, back: { name: 'question', id: back } })}
        >
          {a.title}
        </button>
      ))}
    </p>
  )
}

function Answer({
  a,
  q,
  props,
  onChange,
}: {
  a: AnswerView
  q: QuestionDetail
  props: QaProps
  onChange: (a: AnswerView) => void
}) {
  const { ctx, t } = props
  const [message, setMessage] = useState('')
  async function vote() {
    if (!ctx.me) return ctx.requestJoin()
    try {
      const method = a.votedHelpful ? 'DELETE' : 'POST'
      const r = await ctx.api.request<{ helpfulCount: number; votedHelpful: boolean }>(
        method,
        'qa',
        `/answers/${a.id}/helpful`,
      )
      onChange({ ...a, helpfulCount: r.helpfulCount, votedHelpful: r.votedHelpful })
    } catch (err) {
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    }
  }
  async function accept() {
    try {
      await ctx.api.request('POST', 'qa', `/questions/${q.id}/accept`, { answerId: a.id })
      onChange({ ...a, accepted: true })
    } catch (err) {
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    }
  }
  const own = ctx.me?.id === a.author.id
  return (
    <article
      class={`card ${a.official ? 'official-answer' : ''}`}
      aria-label={a.official?.label ?? a.author.pseudonym}
    >
      {a.official && (
        <>
          <p class="official-label">{a.official.label}</p>
          <p class="muted">
            {fill(t.approved, { date: formatDate(a.official.approvedAt, ctx.locale, 'short') })}
          </p>
        </>
      )}
      <Paragraphs text={a.body} />
      {a.official && <LinkedArticles ids={a.official.articleIds} props={props} back={q.id} />}
      <div class="row between">
        <Author author={a.author} />
        <span class="row">
          {a.accepted && <span class="accepted">✓ {t.accepted}</span>}
          {q.isAsker && !a.accepted && (
            <button type="button" class="ghost" onClick={accept}>
              {t.accept}
            </button>
          )}
          {!own && (
            <button type="button" class="ghost" aria-pressed={!!a.votedHelpful} onClick={vote}>
              {fill(t.helpfulCount, { n: a.helpfulCount })}
            </button>
          )}
        </span>
      </div>
      {message && (
        <p class="err" role="alert">
          {message}
        </p>
      )}
    </article>
  )
}

function RouteNote({ q, props }: { q: QuestionDetail; props: QaProps }) {
  const { ctx, t } = props
  const [replies, setReplies] = useState<PrivateReply[] | null>(null)
  useEffect(() => {
    if (!q.isAsker) return
    ctx.api
      .get<{ replies: PrivateReply[] }>('qa', withLocale(ctx, `/questions/${q.id}/private-replies`))
      .then(
        (r) => setReplies(r.replies),
        () => setReplies([]),
      )
  }, [q.id])
  if (!q.route) return null
  const c = q.route.contact
  return (
    <section>
      <div class="route-note" role="note">
        <p>{q.route.message}</p>
        {(c.phone || c.url || c.email) && (
          <p class="row">
            <strong>{t.contact}:</strong>
            {c.phone && <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}
            {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
            {c.url && (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.url.replace(/^https:\/\//, '')}
              </a>
            )}
            {c.hours && <span class="muted">{c.hours}</span>}
          </p>
        )}
      </div>
      {q.isAsker && (
        <section aria-label={t.privateTitle}>
          <h4>{t.privateTitle}</h4>
          {replies?.length === 0 && <p class="muted">{t.privateWaiting}</p>}
          {replies?.map((r) => (
            <article key={r.id} class="card">
              <Paragraphs text={r.body} />
              <p class="muted">
                {r.author.pseudonym} · {r.author.label} · {formatDate(r.createdAt, ctx.locale, 'short')}
              </p>
            </article>
          ))}
        </section>
      )}
    </section>
  )
}

function AnswerForm({
  q,
  props,
  onPosted,
}: {
  q: QuestionDetail
  props: QaProps
  onPosted: (a: AnswerView | null) => void
}) {
  const { ctx, t } = props
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  async function submit(e: Event) {
    e.preventDefault()
    setBusy(true)
    setMessage('')
    try {
      const r = await ctx.api.request<{ status: string; answer: AnswerView }>(
        'POST',
        'qa',
        `/questions/${q.id}/answers`,
        { body },
      )
      setBody('')
      setMessage(r.status === 'published' ? t.answerPosted : t.answerHeld)
      onPosted(r.status === 'published' ? r.answer : null)
    } catch (err) {
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit}>
      <label for="qa-answer">{t.yourAnswer}</label>
      <textarea
        id="qa-answer"
        value={body}
        onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
      />
      <p aria-live="polite" class="muted">
        {message}
      </p>
      <button type="submit" disabled={busy || body.trim().length < 2}>
        {t.postAnswer}
      </button>
    </form>
  )
}

/** A question with the official answer first, the peers' answers, or the medical-information note. */
export function QuestionPage({ id, notice, props }: { id: string; notice?: string; props: QaProps }) {
  const { ctx, t } = props
  const [q, setQ] = useState<QuestionDetail | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    ctx.api.get<QuestionDetail>('qa', withLocale(ctx, `/questions/${id}`)).then(
      (r) => live && setQ(r),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [id, ctx.me?.id])
  const replace = (a: AnswerView) =>
    q &&
    setQ({
      ...q,
      answers: q.answers.map((x) => (x.id === a.id ? a : a.accepted ? { ...x, accepted: false } : x)),
    })
  return (
    <div>
      <button type="button" class="link" onClick={() => props.open({ name: 'home' })}>
        ← {t.back}
      </button>
      {notice && (
        <p role="status" class="card">
          {notice}
        </p>
      )}
      {failed && <p class="err">{t.failed}</p>}
      {!q && !failed && <p class="muted">{t.loading}</p>}
      {q && (
        <article aria-labelledby="qa-title">
          <h3 id="qa-title">{q.title}</h3>
          <p class="row">
            <span class={`state ${q.state}`}>{t.states[q.state]}</span>
            {q.tags.map((tag) => (
              <span key={tag.code} class="badge">
                {tag.label}
              </span>
            ))}
            <span class="muted">{fill(t.asked, { date: formatDate(q.createdAt, ctx.locale, 'short') })}</span>
          </p>
          {q.body && <Paragraphs text={q.body} />}
          <Author author={q.author} />
          <RouteNote q={q} props={props} />
          {q.answers.map((a) => (
            <Answer key={a.id} a={a} q={q} props={props} onChange={replace} />
          ))}
          {q.canAnswer && (
            <AnswerForm
              q={q}
              props={props}
              onPosted={(a) => a && setQ({ ...q, answers: [...q.answers, a] })}
            />
          )}
          {!ctx.me && !q.route && (
            <button type="button" class="ghost" onClick={ctx.requestJoin}>
              {t.signInToAnswer}
            </button>
          )}
        </article>
      )}
    </div>
  )
}
