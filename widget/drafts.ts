// Unsent drafts (a report, a question) are kept in the host page's localStorage, per kind, API origin and
// community, until they are sent: a reload or a closed tab loses nothing. Storage may be blocked (privacy modes,
// sandboxed frames): the draft then lives as long as the page. Imported only by lazily loaded tabs.

/** The Idempotency-Key and body of the last attempt: a retry of the same body reuses the key, so it cannot post twice. */
export type Attempt = { key: string; body: string } | null

/** Load/save functions for one kind of draft (`experiences`, `qa`…). */
export function draftStore<T>(kind: string) {
  const key = (base: string, slug: string) => `cocreate:${kind}-draft:${base}:${slug}`
  return {
    load(base: string, slug: string): T | null {
      try {
        const raw = localStorage.getItem(key(base, slug))
        return raw ? (JSON.parse(raw) as T) : null
      } catch {
        return null
      }
    },
    save(base: string, slug: string, draft: T | null): void {
      try {
        if (draft) localStorage.setItem(key(base, slug), JSON.stringify(draft))
        else localStorage.removeItem(key(base, slug))
      } catch {
        // Storage unavailable or full: keep going without persistence.
      }
    },
  }
}

export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `ck-${Date.now()}-${Math.random().toString(36).slice(2)}`
}
