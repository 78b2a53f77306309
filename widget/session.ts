// The session token is kept in the host page's localStorage, per API origin and community. Storage can be
// blocked (privacy modes, sandboxed frames): the widget then keeps the session in memory only.
function key(base: string, slug: string): string {
  return `cocreate:${base}:${slug}`
}

export function loadToken(base: string, slug: string): string | null {
  try {
    return localStorage.getItem(key(base, slug))
  } catch {
    return null
  }
}

export function saveToken(base: string, slug: string, token: string | null): void {
  try {
    if (token) localStorage.setItem(key(base, slug), token)
    else localStorage.removeItem(key(base, slug))
  } catch {
    // Storage unavailable: the session lasts as long as the page.
  }
}
