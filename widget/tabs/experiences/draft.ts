import type { Answers } from './types'

// The unsent report is kept in the host page's localStorage (per API origin and community) until it is sent,
// so a reload or a closed tab loses nothing. Storage may be blocked: the draft then lives as long as the page.

export interface Draft {
  formVersion: number
  answers: Answers
  step: number
  /** The key and body of the last attempt: a retry of the same body reuses the key, so it cannot post twice. */
  attempt: { key: string; body: string } | null
}

const key = (base: string, slug: string) => `cocreate:experiences-draft:${base}:${slug}`

export function loadDraft(base: string, slug: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(base, slug))
    return raw ? (JSON.parse(raw) as Draft) : null
  } catch {
    return null
  }
}

export function saveDraft(base: string, slug: string, draft: Draft | null): void {
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
    : `xp-${Date.now()}-${Math.random().toString(36).slice(2)}`
}
