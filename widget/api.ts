// The widget's tiny API client. It imports only types from worker/ so the bundle stays small.
import type { Locale } from '../worker/core/communities/schema'

export interface ApiError {
  code: string
  message: string
  details: { fields?: { path: string; message: string }[]; [key: string]: unknown } | null
}

export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message)
  }
}

/** Field errors from the server's `details.fields`, by path (for inline messages next to each input). */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof RequestFailed)) return {}
  const out: Record<string, string> = {}
  for (const f of err.error.details?.fields ?? []) out[f.path] = f.message
  return out
}

export interface PublicCommunity {
  slug: string
  name: string
  hco: { name: string; url?: string }
  product: {
    name: string
    kind: 'drug' | 'device' | 'service'
    labelUrl?: string
    importantSafetyInformation: string
  }
  accessMode: 'open' | 'invite_only'
  joinMethods: ('sso' | 'invite' | 'open')[]
  locales: Locale[]
  defaultLocale: Locale
  plugins: string[]
  terms: { version: string; url?: string }
}

export interface Badge {
  code: string
  label: string
}

export interface Me {
  id: string
  pseudonym: string
  badges: Badge[]
  roles: string[]
}

/** Talks to one community of one Cocreate server; holds the member's session token. */
export class Api {
  token: string | null = null

  constructor(
    readonly base: string,
    readonly slug: string,
  ) {}

  /** `path` is relative to the feature: `url('members', '/me')` → `<base>/v1/members/<slug>/me`. */
  url(feature: string, path = ''): string {
    return `${this.base}/v1/${feature}/${this.slug}${path}`
  }

  async request<T>(
    method: string,
    feature: string,
    path = '',
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: { ...headers } }
    const h = init.headers as Record<string, string>
    if (this.token) h.authorization = `Bearer ${this.token}`
    if (body !== undefined) {
      h['content-type'] = 'application/json'
      init.body = JSON.stringify(body)
    }
    const res = await fetch(this.url(feature, path), init)
    const data = res.status === 204 ? null : await res.json().catch(() => null)
    if (!res.ok) {
      throw new RequestFailed(
        res.status,
        data?.error ?? { code: 'network', message: res.statusText, details: null },
      )
    }
    return data as T
  }

  get<T>(feature: string, path = '') {
    return this.request<T>('GET', feature, path)
  }
}
