import { useState } from 'preact/hooks'
import { fieldErrors, type Me, RequestFailed } from './api'
import type { WidgetContext } from './context'
import { fill } from './i18n'

interface JoinProps {
  ctx: WidgetContext
  ssoTokenUrl: string | null
  onJoined: (session: { token: string; member: Me }) => void
}

type Method = 'sso' | 'invite' | 'open'

async function ssoToken(url: string): Promise<string> {
  // The HCO's own endpoint, on the host page's origin, with the user's cookies: it signs a short-lived token.
  const res = await fetch(url, { credentials: 'include' })
  if (!res.ok) throw new Error(`SSO token endpoint answered ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export default function Join({ ctx, ssoTokenUrl, onJoined }: JoinProps) {
  const { t, community } = ctx
  const methods = community.joinMethods.filter((m) => m !== 'sso' || ssoTokenUrl) as Method[]
  const [method, setMethod] = useState<Method>(methods[0] ?? 'invite')
  const [values, setValues] = useState({ code: '', pseudonym: '', email: '' })
  const [consent, setConsent] = useState({ terms: false, health: false })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const input = (name: keyof typeof values, label: string, type = 'text') => (
    <div>
      <label for={`cc-${name}`}>{label}</label>
      <input
        id={`cc-${name}`}
        type={type}
        value={values[name]}
        aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `cc-${name}-err` : undefined}
        onInput={(e) => {
          const value = (e.target as HTMLInputElement).value
          setValues((v) => ({ ...v, [name]: value }))
        }}
      />
      {errors[name] && (
        <p class="err" id={`cc-${name}-err`}>
          {errors[name]}
        </p>
      )}
    </div>
  )

  async function submit(e: Event) {
    e.preventDefault()
    setBusy(true)
    setErrors({})
    setMessage('')
    try {
      const body: Record<string, unknown> = {
        method,
        consent: { termsVersion: community.terms.version, healthData: consent.health },
      }
      if (method === 'sso') body.token = await ssoToken(ssoTokenUrl!)
      if (method === 'invite') body.code = values.code
      if (method !== 'sso' && values.pseudonym) body.pseudonym = values.pseudonym
      if (method !== 'sso' && values.email) body.email = values.email
      onJoined(await ctx.api.request<{ token: string; member: Me }>('POST', 'members', '/join', body))
    } catch (err) {
      setErrors(fieldErrors(err))
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    } finally {
      setBusy(false)
    }
  }

  const ready = consent.terms && consent.health
  return (
    <form class="card" onSubmit={submit} aria-label={t.join}>
      {methods.length > 1 && (
        <div class="row" role="radiogroup">
          {methods.map((m) => (
            <label key={m} class="check">
              <input type="radio" name="cc-method" checked={method === m} onChange={() => setMethod(m)} />
              {m === 'sso'
                ? fill(t.joinSso, { hco: community.hco.name })
                : m === 'invite'
                  ? t.joinInvite
                  : t.joinOpen}
            </label>
          ))}
        </div>
      )}
      {method === 'invite' && input('code', t.inviteCode)}
      {method !== 'sso' && input('pseudonym', t.pseudonym)}
      {method !== 'sso' && input('email', t.email, 'email')}
      <label class="check">
        <input
          type="checkbox"
          checked={consent.terms}
          onChange={() => setConsent((c) => ({ ...c, terms: !c.terms }))}
        />
        <span>
          {fill(t.consentTerms, { version: community.terms.version })}{' '}
          {community.terms.url && (
            <a href={community.terms.url} target="_blank" rel="noopener noreferrer">
              ↗
            </a>
          )}
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={consent.health}
          onChange={() => setConsent((c) => ({ ...c, health: !c.health }))}
        />
        <span>{t.consentHealth}</span>
      </label>
      {message && (
        <p class="err" role="alert">
          {message}
        </p>
      )}
      <button type="submit" disabled={!ready || busy}>
        {method === 'sso' ? fill(t.joinSso, { hco: community.hco.name }) : t.joinOpen}
      </button>
    </form>
  )
}
