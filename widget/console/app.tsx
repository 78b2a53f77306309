import { useEffect, useMemo, useState } from 'preact/hooks'
import { Api, type Me, type PublicCommunity, RequestFailed } from '../api'
import { Lazy } from '../lazy'
import { forgetSession, type StaffSession, takeSession } from './auth'
import type { ConsoleContext } from './context'
import { type ConsoleView, views } from './views'

function View({ view, ctx }: { view: ConsoleView; ctx: ConsoleContext }) {
  return <Lazy key={view.id} load={view.load} props={{ ctx }} fallback="Loading…" />
}

function SignedOut({ reason }: { reason: string }) {
  return (
    <main class="signed-out">
      <h1>Cocreate staff console</h1>
      <p>{reason}</p>
      <p class="muted">
        Sign in on your community's product page with your staff account, then choose “Staff console” in the
        community panel.
      </p>
    </main>
  )
}

export function Console() {
  const session = useMemo<StaffSession | null>(() => takeSession(), [])
  const api = useMemo(() => {
    if (!session) return null
    const a = new Api(location.origin, session.community)
    a.token = session.token
    return a
  }, [session])
  const [state, setState] = useState<{ community: PublicCommunity; me: Me } | { error: string } | null>(null)
  const [active, setActive] = useState<string | null>(null)

  useEffect(() => {
    if (!api) return
    Promise.all([api.get<PublicCommunity>('communities'), api.get<Me>('members', '/me')]).then(
      ([community, me]) => setState({ community, me }),
      (err) =>
        setState({ error: err instanceof RequestFailed ? err.error.message : 'The console could not load.' }),
    )
  }, [api])

  if (!session || !api) return <SignedOut reason="You are not signed in." />
  if (!state) return <p class="muted">Loading…</p>
  if ('error' in state) return <SignedOut reason={state.error} />
  const ctx: ConsoleContext = { api, community: state.community, me: state.me }
  const mine = views.filter(
    (v) =>
      v.roles.some((r) => state.me.roles.includes(r)) &&
      (!v.plugin || state.community.plugins.includes(v.plugin)),
  )
  const view = mine.find((v) => v.id === active) ?? mine[0]
  const signOut = () => {
    forgetSession()
    location.reload()
  }
  return (
    <div class="console">
      <header>
        <strong>{state.community.name}</strong>
        <span class="muted">
          {state.me.pseudonym} · {state.me.roles.join(', ')}
        </span>
        <button type="button" class="ghost" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav aria-label="Console sections">
        {mine.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={v.id === view?.id ? 'page' : undefined}
            onClick={() => setActive(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <main>
        {view ? <View view={view} ctx={ctx} /> : <p>Your roles do not include any console section.</p>}
      </main>
    </div>
  )
}
