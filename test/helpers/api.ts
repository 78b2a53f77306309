import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import type { StaffRole } from '../../worker/core/auth/roles'
import worker from '../../worker/index'

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef'
export const BASE = 'https://cocreate.test'

export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

export interface RequestOptions {
  method?: string
  body?: unknown
  token?: string | null
  headers?: Record<string, string>
}

type Fetcher = (request: Request) => Promise<Response>

/** A client for an app: `api` below calls the real worker; tests of custom plugin lists pass their app. */
export function client(fetcher: Fetcher) {
  return <T = any>(path: string, options: RequestOptions = {}) => call<T>(fetcher, path, options)
}

/** A client that calls `app.fetch` in the test isolate with the test env, awaiting its background work. */
export function inProcess(app: {
  fetch: (request: Request, env: Cloudflare.Env, ctx: ExecutionContext) => Response | Promise<Response>
}) {
  return client(async (request) => {
    const ctx = createExecutionContext()
    const response = await app.fetch(request, env, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
}

/**
 * Calls the real worker's fetch handler (worker/index.ts, every plugin enabled) in the test isolate, with the real
 * local D1 and an execution context whose background work is awaited. Not through `SELF`: in
 * @cloudflare/vitest-pool-workers 0.23 every SELF request makes the next one slower (3 ms → 40 ms after 400
 * requests, then "Maximum call stack size exceeded"), which the full suite would hit. test/worker/entry.test.ts
 * keeps checking the deployed entry through SELF.
 */
export const api = inProcess(worker)

async function call<T>(fetcher: Fetcher, path: string, options: RequestOptions): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.body !== undefined) headers['content-type'] ??= 'application/json'
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST')
  const res = await fetcher(new Request(`${BASE}${path}`, { method, headers, body }))
  const text = await res.text()
  const type = res.headers.get('content-type') ?? ''
  return {
    status: res.status,
    headers: res.headers,
    body: (/^application\/(problem\+)?json/.test(type) && text ? JSON.parse(text) : text) as T,
  }
}

import { communityInput } from './fixtures'

export { communityInput, uniqueSlug } from './fixtures'

export async function createCommunity(overrides: Record<string, unknown> = {}) {
  const res = await api('/v1/communities', { body: communityInput(overrides), token: ADMIN_TOKEN })
  if (res.status !== 201) throw new Error(`createCommunity failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as { id: string; slug: string; [key: string]: unknown }
}

const consent = { termsVersion: '1', healthData: true }

function randomLetters(n: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) =>
    String.fromCharCode(97 + (b % 26)),
  ).join('')
}

export async function joinOpen(slug: string, pseudonym?: string) {
  const res = await api(`/v1/members/${slug}/join`, {
    body: { method: 'open', pseudonym: pseudonym ?? `Member ${randomLetters(8)}`, consent },
  })
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as { token: string; member: { id: string; pseudonym: string } }
}

/** A member of `slug` holding `roles` (set through the admin API). */
export async function staffMember(slug: string, roles: StaffRole[], badges: string[] = []) {
  const joined = await joinOpen(slug)
  const res = await api(`/v1/members/${slug}/${joined.member.id}/access`, {
    method: 'PUT',
    body: { roles, badges },
    token: ADMIN_TOKEN,
  })
  if (res.status !== 200) throw new Error(`set roles failed: ${res.status} ${JSON.stringify(res.body)}`)
  return joined
}
