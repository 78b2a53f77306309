import type { Locale } from '../../../worker/core/communities/schema'
import { fill } from '../../i18n'
import type { TabStrings } from './strings'
import { type Answer, type FieldDefinition, localize } from './types'

export interface FieldProps {
  field: FieldDefinition
  value: Answer | undefined
  onChange: (value: Answer | undefined) => void
  error: string | undefined
  t: TabStrings
  locale: Locale
  product: string
}

type Effect = { effect: string; severity: string | null; text?: string }
type Rated = { option: string; rating: number | null }

function Radios(props: {
  name: string
  options: [string, string][]
  value: string | undefined
  onPick: (v: string) => void
  col?: boolean
  describedBy?: string
}) {
  return (
    <div class={props.col ? 'choices col' : 'choices'}>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === value}
            aria-describedby={props.describedBy}
            onChange={() => props.onPick(value)}
          />
          {label}
        </label>
      ))}
    </div>
  )
}

function SideEffectInput({ field, value, onChange, t, locale, product }: FieldProps) {
  if (field.type !== 'side_effects') return null
  const chosen = (value as Effect[] | undefined) ?? []
  const options: [string, string][] = [
    ...field.options.map((o): [string, string] => [o.id, localize(o.label, locale, product)]),
    ...(field.allowOther ? [['other', t.other] as [string, string]] : []),
  ]
  const update = (id: string, patch: Partial<Effect> | null) => {
    const rest = chosen.filter((e) => e.effect !== id)
    const current = chosen.find((e) => e.effect === id) ?? { effect: id, severity: null }
    onChange(patch === null ? rest : [...rest, { ...current, ...patch }])
  }
  return (
    <div class="choices col">
      {options.map(([id, label]) => {
        const effect = chosen.find((e) => e.effect === id)
        return (
          <div key={id}>
            <label>
              <input type="checkbox" checked={!!effect} onChange={() => update(id, effect ? null : {})} />
              {label}
            </label>
            {effect && (
              <div class="sub">
                {id === 'other' && (
                  <input
                    type="text"
                    aria-label={t.otherText}
                    placeholder={t.otherText}
                    maxLength={200}
                    value={effect.text ?? ''}
                    onInput={(e) => update(id, { text: (e.target as HTMLInputElement).value })}
                  />
                )}
                <fieldset>
                  <legend class="muted">{t.severity}</legend>
                  <Radios
                    name={`xp-sev-${field.id}-${id}`}
                    options={(['mild', 'moderate', 'severe'] as const).map((s) => [s, t[s]])}
                    value={effect.severity ?? undefined}
                    onPick={(severity) => update(id, { severity })}
                  />
                </fieldset>
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}

function MultiInput({ field, value, onChange, locale, product }: FieldProps) {
  if (field.type !== 'multi') return null
  const rated = !!field.rateEach
  const chosen = (value as (string | Rated)[] | undefined) ?? []
  const idOf = (v: string | Rated) => (typeof v === 'string' ? v : v.option)
  const toggle = (id: string) => {
    const has = chosen.some((v) => idOf(v) === id)
    const next = has
      ? chosen.filter((v) => idOf(v) !== id)
      : [...chosen, rated ? { option: id, rating: null } : id]
    onChange(next as Answer)
  }
  const rate = (id: string, rating: number) =>
    onChange(chosen.map((v) => (idOf(v) === id ? { option: id, rating } : v)) as Answer)
  return (
    <div class="choices col">
      {field.options.map((o) => {
        const entry = chosen.find((v) => idOf(v) === o.id)
        return (
          <div key={o.id}>
            <label>
              <input type="checkbox" checked={!!entry} onChange={() => toggle(o.id)} />
              {localize(o.label, locale, product)}
            </label>
            {entry && field.rateEach && typeof entry !== 'string' && (
              <fieldset class="sub">
                <legend class="muted">{localize(field.rateEach.label, locale, product)}</legend>
                <Radios
                  name={`xp-rate-${field.id}-${o.id}`}
                  options={[1, 2, 3, 4, 5].map((n) => [String(n), `${'★'.repeat(n)}`])}
                  value={entry.rating === null ? undefined : String(entry.rating)}
                  onPick={(v) => rate(o.id, Number(v))}
                />
              </fieldset>
            )}
          </div>
        )
      })}
    </div>
  )
}

function TextInput({ field, value, onChange, t }: FieldProps) {
  if (field.type !== 'short_text' && field.type !== 'story') return null
  const text = (value as string | undefined) ?? ''
  const common = {
    id: `xp-f-${field.id}`,
    maxLength: field.maxLength,
    value: text,
    'aria-labelledby': `xp-f-${field.id}-label`,
    'aria-describedby': `xp-f-${field.id}-count`,
    onInput: (e: Event) => onChange((e.target as HTMLInputElement).value),
  }
  return (
    <div>
      {field.type === 'story' ? <textarea rows={6} {...common} /> : <input type="text" {...common} />}
      <p class="muted" id={`xp-f-${field.id}-count`}>
        {fill(t.charactersLeft, { n: field.maxLength - text.length })}
      </p>
    </div>
  )
}

function DurationInput({ field, value, onChange, t }: FieldProps) {
  const d = (value as { value: number | null; unit: string } | undefined) ?? { value: null, unit: 'weeks' }
  return (
    <div class="row">
      <input
        id={`xp-f-${field.id}`}
        type="number"
        min={0}
        aria-label={t.amount}
        value={d.value ?? ''}
        onInput={(e) => {
          const raw = (e.target as HTMLInputElement).value
          onChange({ ...d, value: raw === '' ? null : Number(raw) })
        }}
      />
      <select
        aria-label={t.unit}
        value={d.unit}
        onChange={(e) => onChange({ ...d, unit: (e.target as HTMLSelectElement).value })}
      >
        {(['days', 'weeks', 'months'] as const).map((u) => (
          <option key={u} value={u}>
            {t[u]}
          </option>
        ))}
      </select>
    </div>
  )
}

function Control(props: FieldProps) {
  const { field, value, onChange, t, locale, product } = props
  const name = `xp-f-${field.id}`
  switch (field.type) {
    case 'rating':
      return (
        <Radios
          name={name}
          options={[1, 2, 3, 4, 5].map((n) => [String(n), `${'★'.repeat(n)} ${n}`])}
          value={value === undefined ? undefined : String(value)}
          onPick={(v) => onChange(Number(v))}
        />
      )
    case 'nps':
      return (
        <div>
          <Radios
            name={name}
            options={Array.from({ length: 11 }, (_, n) => [String(n), String(n)])}
            value={value === undefined ? undefined : String(value)}
            onPick={(v) => onChange(Number(v))}
          />
          <p class="muted row between">
            <span>0 = {t.notLikely}</span>
            <span>10 = {t.veryLikely}</span>
          </p>
        </div>
      )
    case 'single':
      return (
        <Radios
          col
          name={name}
          options={field.options.map((o) => [o.id, localize(o.label, locale, product)])}
          value={value as string | undefined}
          onPick={onChange}
        />
      )
    case 'yes_no':
      return (
        <Radios
          name={name}
          options={[
            ['yes', t.yes],
            ['no', t.no],
          ]}
          value={value === undefined ? undefined : value ? 'yes' : 'no'}
          onPick={(v) => onChange(v === 'yes')}
        />
      )
    case 'multi':
      return <MultiInput {...props} />
    case 'side_effects':
      return <SideEffectInput {...props} />
    case 'duration':
      return <DurationInput {...props} />
    default:
      return <TextInput {...props} />
  }
}

/** One question: its label (a legend), help text, the control for its type, and its error message. */
export function FieldInput(props: FieldProps) {
  const { field, error, locale, product } = props
  const errorId = `xp-f-${field.id}-err`
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend id={`xp-f-${field.id}-label`}>
        {localize(field.label, locale, product)}
        {field.required && <span aria-hidden="true"> *</span>}
      </legend>
      {field.help && <p class="muted">{localize(field.help, locale, product)}</p>}
      <Control {...props} />
      {error && (
        <p class="err" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
