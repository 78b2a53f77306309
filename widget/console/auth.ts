// Staff arrive from the widget with `#community=<slug>&token=<session>`: the fragment never reaches a server or a
// log. The token is kept in sessionStorage (this tab only) and the fragment is cleared at once.
export interface StaffSession {
  community: string
  token: string
}

const KEY = 'cocreate-console'

export function takeSession(): StaffSession | null {
  const params = new URLSearchParams(location.hash.slice(1))
  const community = params.get('community')
  const token = params.get('token')
  if (community && token) {
    sessionStorage.setItem(KEY, JSON.stringify({ community, token }))
    history.replaceState(null, '', location.pathname + location.search)
  }
  const stored = sessionStorage.getItem(KEY)
  return stored ? (JSON.parse(stored) as StaffSession) : null
}

export function forgetSession(): void {
  sessionStorage.removeItem(KEY)
}
