import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Locale } from '../worker/core/communities/schema'
import { Api, type Me, type PublicCommunity, RequestFailed } from './api'
import type { WidgetContext } from './context'
import { fill, strings } from './i18n'
import { Lazy } from './lazy'
import { loadToken, saveToken } from './session'
import { tabs } from './tabs'

export interface AppProps {
  base: string
  slug: string
  locale?: string | null
  ssoTokenUrl?: string | null
}

function pickLocale(community: PublicCommunity, asked?: string | null): Locale {
  const wanted = [
    asked,
    ...(typeof navigator === 'undefined' ? [] : navigator.languages.map((l) => l.slice(0, 2))),
  ]
  for (const w of wanted) if (community.locales.includes(w as Locale)) return w as Locale
  return community.defaultLocale
}

function SafetyInfo({ community, t }: { community: PublicCommunity; t: WidgetContext['t'] }) {
  const [open, setOpen] = useState(false)
  const paragraphs = community.product.importantSafetyInformation.split(/\n\s*\n/).filter(Boolean)
  if (paragraphs.length === 0) return null
  return (
    <section class={`isi ${open ? 'open' : 'closed'}`} aria-label={t.isi}>
      <h3>{t.isi}</h3>
      {paragraphs.map((p, i) => (
        <p key={p} class={i > 0 ? 'more' : ''}>
          {p}
        </p>
      ))}
      <div class="row">
        {paragraphs.length > 1 && (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t.showLess : t.showMore}
          </button>
        )}
        {community.product.labelUrl && (
          <a href={community.product.labelUrl} target="_blank" rel="noopener noreferrer">
            {t.label}
          </a>
        )}
      </div>
    </section>
  )
}

function Account({
  ctx,
  onSignOut,
  onJoin,
}: {
  ctx: WidgetContext
  onSignOut: () => void
  onJoin: () => void
}) {
  const { me, t } = ctx
  if (!me) {
    return (
      <div class="row between">
        <span class="muted">{t.join}</span>
        <button type="button" onClick={onJoin}>
          {t.signIn}
        </button>
      </div>
    )
  }
  return (
    <div class="row between">
      <span>
        {fill(t.signedInAs, { name: me.pseudonym })}{' '}
        {me.badges.map((b) => (
          <span key={b.code} class="badge">
            {b.label}
          </span>
        ))}
      </span>
      <span class="row">
        {me.roles.length > 0 && (
          <a
            href={`${ctx.api.base}/console#community=${ctx.community.slug}&token=${ctx.api.token}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t.console}
          </a>
        )}
        <button type="button" class="ghost" onClick={onSignOut}>
          {t.signOut}
        </button>
      </span>
    </div>
  )
}

function Tabs({ ctx }: { ctx: WidgetContext }) {
  const available = tabs.filter((tab) => ctx.community.plugins.includes(tab.plugin))
  const [active, setActive] = useState(available[0]?.id)
  const tab = available.find((x) => x.id === active)
  if (!tab) return null
  return (
    <div>
      <div class="tabs" role="tablist">
        {available.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={x.id === active}
            aria-controls="cc-panel"
            onClick={() => setActive(x.id)}
          >
            {x.label[ctx.locale]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="cc-panel" aria-labelledby={`tab-${tab.id}`}>
        <Lazy key={tab.id} load={tab.load} props={{ ctx }} fallback={ctx.t.loading} />
      </div>
    </div>
  )
}

const loadJoin = () => import('./join')

export function App({ base, slug, locale, ssoTokenUrl }: AppProps) {
  const api = useMemo(() => new Api(base, slug), [base, slug])
  const [community, setCommunity] = useState<PublicCommunity | null>(null)
  const [failed, setFailed] = useState(false)
  const [me, setMe] = useState<Me | null>(null)
  const [joining, setJoining] = useState(false)

  useEffect(() => {
    api.token = loadToken(base, slug)
    api.get<PublicCommunity>('communities').then(setCommunity, () => setFailed(true))
    if (api.token) {
      api.get<Me>('members', '/me').then(setMe, (err) => {
        if (err instanceof RequestFailed && err.status === 401) signedIn(null)
      })
    }
  }, [api])

  function signedIn(session: { token: string; member: Me } | null) {
    api.token = session?.token ?? null
    saveToken(base, slug, api.token)
    setMe(session?.member ?? null)
    setJoining(false)
  }

  if (failed)
    return (
      <div class="cc" role="alert">
        {strings.en.failed}
      </div>
    )
  if (!community) return <div class="cc muted">{strings.en.loading}</div>
  const lang = pickLocale(community, locale)
  const t = strings[lang]
  const ctx: WidgetContext = { api, community, locale: lang, t, me, requestJoin: () => setJoining(true) }
  const signOut = () => {
    api.request('DELETE', 'members', '/session').catch(() => undefined)
    signedIn(null)
  }
  return (
    <div class="cc" lang={lang}>
      <header>
        <span class="kind">{t.kinds[community.product.kind]}</span>
        <h2>{community.name}</h2>
        <p class="muted">{fill(t.runBy, { hco: community.hco.name })}</p>
      </header>
      <SafetyInfo community={community} t={t} />
      <p class="muted">{fill(t.disclosure, { hco: community.hco.name })}</p>
      <Account ctx={ctx} onSignOut={signOut} onJoin={() => setJoining(true)} />
      {joining && !me && (
        <Lazy
          load={loadJoin}
          props={{ ctx, ssoTokenUrl: ssoTokenUrl ?? null, onJoined: signedIn }}
          fallback={t.loading}
        />
      )}
      <Tabs ctx={ctx} />
    </div>
  )
}
