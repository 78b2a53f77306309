import { useEffect, useState } from 'preact/hooks'
import type { QuestionDetail, SearchHit } from '../../../worker/plugins/qa/schema'
import { fieldErrors, RequestFailed } from '../../api'
import { useDebounced } from '../../debounce'
import { fill } from '../../i18n'
import { Marked } from '../../marked'
import { loadDraft, newKey, type QuestionDraft, saveDraft } from './draft'
import { type QaProps, withLocale } from './types'

const EMPTY: QuestionDraft = { title: '', body: '', tags: [], attempt: null }

/** Questions like the one being typed (debounced), so people find an existing answer before asking again. */
function Similar({ text, props }: { text: string; props: QaProps }) {
  const { ctx, t } = props
  const [hits, setHits] = useState<SearchHit[]>([])
  useEffect(() => {
    if (text.length < 8) return setHits([])
    let live = true
    ctx.api
      .get<{ results: SearchHit[] }>(
        'qa',
        withLocale(ctx, `/questions/similar?text=${encodeURIComponent(text)}`),
      )
      .then(
        (r) => live && setHits(r.results),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [text])
  if (hits.length === 0) return null
  return (
    <div class="similar" aria-live="polite">
      <p class="muted">{t.similar}</p>
      <ul class="plain">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" class="link" onClick={() => props.open({ name: 'question', id: hit.id })}>
              <Marked segments={hit.title} />
            </button>{' '}
            <span class={`state ${hit.state}`}>{t.states[hit.state]}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The ask form: the draft is kept on the device until it is sent; retries reuse the Idempotency-Key. */
export function AskForm({ props }: { props: QaProps }) {
  const { ctx, t, settings } = props
  const { base, slug } = ctx.api
  const [draft, setDraft] = useState<QuestionDraft>(() => loadDraft(base, slug) ?? EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const similarText = useDebounced(`${draft.title} ${draft.body}`.trim(), 350)

  function update(change: Partial<QuestionDraft>) {
    const next = { ...draft, ...change }
    setDraft(next)
    saveDraft(base, slug, next)
  }

  function toggle(code: string) {
    const has = draft.tags.includes(code)
    if (!has && draft.tags.length >= 3) return
    update({ tags: has ? draft.tags.filter((x) => x !== code) : [...draft.tags, code] })
  }

  async function submit(e: Event) {
    e.preventDefault()
    setBusy(true)
    setErrors({})
    setMessage('')
    const body = JSON.stringify({
      title: draft.title,
      body: draft.body,
      tags: draft.tags,
      locale: ctx.locale,
    })
    const attempt = draft.attempt?.body === body ? draft.attempt : { key: newKey(), body }
    update({ attempt })
    try {
      const q = await ctx.api.request<QuestionDetail>('POST', 'qa', '/questions', JSON.parse(body), {
        'Idempotency-Key': attempt.key,
      })
      saveDraft(base, slug, null)
      const notice = q.route
        ? fill(t.routed, { hco: ctx.community.hco.name })
        : q.status === 'published'
          ? t.sent
          : t.held
      props.open({ name: 'question', id: q.id, notice })
    } catch (err) {
      setErrors(fieldErrors(err))
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} aria-label={t.ask}>
      <label for="qa-title-input">{t.title}</label>
      <input
        id="qa-title-input"
        type="text"
        value={draft.title}
        maxLength={150}
        aria-describedby="qa-title-hint"
        aria-invalid={!!errors.title}
        onInput={(e) => update({ title: (e.target as HTMLInputElement).value })}
      />
      <p id="qa-title-hint" class={errors.title ? 'err' : 'muted'}>
        {errors.title ?? t.titleHint}
      </p>
      <Similar text={similarText} props={props} />
      <label for="qa-body-input">{t.details}</label>
      <textarea
        id="qa-body-input"
        value={draft.body}
        maxLength={4000}
        aria-describedby="qa-body-hint"
        onInput={(e) => update({ body: (e.target as HTMLTextAreaElement).value })}
      />
      <p id="qa-body-hint" class="muted">
        {t.detailsHint}
      </p>
      {settings && settings.topics.length > 0 && (
        <fieldset>
          <legend>{t.topics}</legend>
          {settings.topics.map((topic) => (
            <label key={topic.code} class="check">
              <input
                type="checkbox"
                checked={draft.tags.includes(topic.code)}
                onChange={() => toggle(topic.code)}
              />
              {topic.label}
            </label>
          ))}
        </fieldset>
      )}
      <p class="muted">{t.draftKept}</p>
      {message && (
        <p class="err" role="alert">
          {message}
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy || draft.title.trim().length < 8}>
          {busy ? t.sending : t.send}
        </button>
        <button type="button" class="ghost" onClick={() => props.open({ name: 'home' })}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
