import { useEffect, useState } from 'preact/hooks'
import { RequestFailed } from '../../api'
import type { WidgetContext } from '../../context'
import { fill } from '../../i18n'
import { type Draft, loadDraft, newKey, saveDraft } from './draft'
import { FieldInput } from './fields'
import type { TabStrings } from './strings'
import { type Answer, type Answers, type FieldDefinition, type Form, localize, type OwnReport } from './types'

interface ShareProps {
  ctx: WidgetContext
  form: Form
  t: TabStrings
  /** Called with the stored report (published or held). */
  onSent: (report: OwnReport) => void
  /** The server has a newer form: reload it (the draft keeps the answers whose questions remain). */
  onFormChanged: () => void
}

function isAnswered(field: FieldDefinition, value: Answer | undefined): boolean {
  if (value === undefined || value === '') return false
  if (typeof value === 'string') return value.trim() !== ''
  if (field.type === 'multi') return (value as unknown[]).length > 0
  if (field.type === 'duration') return (value as { value: number | null }).value !== null
  return true
}

/** A client-side check before moving on; the server's answer is still the one that counts. */
function checkStep(field: FieldDefinition, value: Answer | undefined, t: TabStrings): string | undefined {
  if (
    field.type === 'side_effects' &&
    Array.isArray(value) &&
    value.some((e) => (e as { severity: unknown }).severity === null)
  )
    return t.severity
  if (field.required && field.type !== 'side_effects' && !isAnswered(field, value)) return t.required
  return undefined
}

/** The body the API expects: unanswered questions left out, "no side effects" sent as an empty list. */
function body(form: Form, answers: Answers, locale: string) {
  const out: Record<string, Answer> = {}
  for (const field of form.definition.fields) {
    const value = answers[field.id]
    if (field.type === 'side_effects' && field.required && value === undefined) out[field.id] = []
    else if (isAnswered(field, value)) out[field.id] = typeof value === 'string' ? value.trim() : value!
  }
  return { formVersion: form.version, locale, answers: out }
}

/** Server field errors by question: `answers.side_effects.0.severity` belongs to `side_effects`. */
function errorsByField(err: RequestFailed): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of err.error.details?.fields ?? []) {
    const id = f.path.split('.')[1]
    if (id && !out[id]) out[id] = f.message
  }
  return out
}

function restore(form: Form, draft: Draft | null): Draft {
  const fresh: Draft = { formVersion: form.version, answers: {}, step: 0, attempt: null }
  if (!draft) return fresh
  if (draft.formVersion === form.version) return draft
  const ids = new Set(form.definition.fields.map((f) => f.id))
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([id]) => ids.has(id)))
  return { ...fresh, answers }
}

/** "Share your experience": the form, one question per step, with a draft kept until it is sent. */
export function Share({ ctx, form, t, onSent, onFormChanged }: ShareProps) {
  const { base, slug } = ctx.api
  const [draft, setDraft] = useState<Draft>(() => restore(form, loadDraft(base, slug)))
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<OwnReport | null>(null)
  const fields = form.definition.fields
  const product = ctx.community.product.name

  useEffect(() => setDraft((d) => restore(form, d)), [form.version])

  const update = (next: Draft) => {
    setDraft(next)
    saveDraft(base, slug, next)
  }

  function start() {
    if (!ctx.me) return ctx.requestJoin()
    setSent(null)
    setOpen(true)
  }

  function go(step: number) {
    const field = fields[draft.step]
    const problem = field && step > draft.step ? checkStep(field, draft.answers[field.id], t) : undefined
    if (field && problem) return setErrors({ [field.id]: problem })
    setErrors({})
    update({ ...draft, step })
  }

  async function send() {
    const payload = body(form, draft.answers, ctx.locale)
    const text = JSON.stringify(payload)
    const attempt = draft.attempt?.body === text ? draft.attempt : { key: newKey(), body: text }
    update({ ...draft, attempt })
    setBusy(true)
    setMessage('')
    try {
      const report = await ctx.api.request<OwnReport>(
        'POST',
        'experiences',
        `/reports?locale=${ctx.locale}`,
        payload,
        {
          'Idempotency-Key': attempt.key,
        },
      )
      saveDraft(base, slug, null)
      setDraft({ formVersion: form.version, answers: {}, step: 0, attempt: null })
      setOpen(false)
      setSent(report)
      onSent(report)
    } catch (err) {
      if (err instanceof RequestFailed && err.error.code === 'validation_failed') {
        const byField = errorsByField(err)
        setErrors(byField)
        const first = fields.findIndex((f) => byField[f.id])
        if (first >= 0) update({ ...draft, attempt, step: first })
        setMessage(t.fixErrors)
      } else if (err instanceof RequestFailed && err.error.code === 'experiences_form_changed') {
        setMessage(t.formChanged)
        onFormChanged()
      } else setMessage(t.failed)
    } finally {
      setBusy(false)
    }
  }

  const status = sent && (
    <p class="status" role="status">
      {sent.status === 'published'
        ? t.thanksPublished
        : sent.status === 'pending'
          ? t.thanksPending
          : fill(t.rejected, { reason: sent.statusReason ?? '' })}
    </p>
  )
  if (!open) {
    return (
      <section aria-labelledby="xp-share">
        <h3 id="xp-share">{t.share}</h3>
        {status}
        <button type="button" onClick={start}>
          {t.share}
        </button>
      </section>
    )
  }
  const field = fields[draft.step]
  const total = fields.length
  return (
    <section aria-labelledby="xp-share" class="card">
      <h3 id="xp-share">{localize(form.definition.title, ctx.locale, product) || t.share}</h3>
      {draft.step === 0 && (
        <p class="muted">{localize(form.definition.intro, ctx.locale, product) || t.shareIntro}</p>
      )}
      <p class="muted" aria-live="polite">
        {field ? fill(t.step, { n: draft.step + 1, total }) : t.review}
      </p>
      <div class="progress" aria-hidden="true">
        <span style={{ width: `${Math.round((draft.step / total) * 100)}%` }} />
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (field) go(draft.step + 1)
          else send()
        }}
      >
        {field ? (
          <FieldInput
            field={field}
            value={draft.answers[field.id]}
            onChange={(value) => update({ ...draft, answers: { ...draft.answers, [field.id]: value } })}
            error={errors[field.id]}
            t={t}
            locale={ctx.locale}
            product={product}
          />
        ) : (
          <Review form={form} draft={draft} t={t} ctx={ctx} onEdit={(step) => update({ ...draft, step })} />
        )}
        {message && (
          <p class="err" role="alert">
            {message}
          </p>
        )}
        <div class="row">
          {draft.step > 0 && (
            <button type="button" class="ghost" onClick={() => go(draft.step - 1)}>
              {t.back}
            </button>
          )}
          <button type="submit" disabled={busy}>
            {field ? t.next : busy ? t.sending : t.send}
          </button>
          <button type="button" class="link" onClick={() => setOpen(false)}>
            {t.cancel}
          </button>
        </div>
      </form>
    </section>
  )
}

function Review({
  form,
  draft,
  t,
  ctx,
  onEdit,
}: {
  form: Form
  draft: Draft
  t: TabStrings
  ctx: WidgetContext
  onEdit: (step: number) => void
}) {
  const product = ctx.community.product.name
  return (
    <ul>
      {form.definition.fields.map((f, i) => (
        <li key={f.id}>
          <button type="button" class="link" onClick={() => onEdit(i)}>
            {localize(f.label, ctx.locale, product)}
          </button>
          {': '}
          <span class="muted">{isAnswered(f, draft.answers[f.id]) ? '✓' : t.notAnswered}</span>
        </li>
      ))}
    </ul>
  )
}
