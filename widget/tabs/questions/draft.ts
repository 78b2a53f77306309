// The unsent question is kept in the host page's localStorage (per API origin and community) until it is
// sent, so a reload loses nothing. Storage may be blocked: the draft then lives as long as the page.

export interface QuestionDraft {
  title: string
  body: string
  tags: string[]
  /** The Idempotency-Key of the last attempt with this exact body, so a retry cannot post twice. */
  attempt: { key: string; body: string } | null
}

const key = (base: string, slug: string) => `cocreate:qa-draft:${base}:${slug}`

export function loadDraft(base: string, slug: string): QuestionDraft | null {
  try {
    const raw = localStorage.getItem(key(base, slug))
    return raw ? (JSON.parse(raw) as QuestionDraft) : null
  } catch {
    return null
  }
}

export function saveDraft(base: string, slug: string, draft: QuestionDraft | null): void {
  try {
    if (draft) localStorage.setItem(key(base, slug), JSON.stringify(draft))
    else localStorage.removeItem(key(base, slug))
  } catch {
    // Storage unavailable or full: keep going without persistence.
  }
}

export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `qa-${Date.now()}-${Math.random().toString(36).slice(2)}`
}
