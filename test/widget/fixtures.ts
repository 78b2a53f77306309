import { vi } from 'vitest'

export const community = {
  slug: 'trimly-launch',
  name: 'Trimly launch community',
  hco: { name: 'Northwind Health' },
  product: {
    name: 'Trimly 60 mg',
    kind: 'drug',
    labelUrl: 'https://northwind.example/label.pdf',
    importantSafetyInformation: 'Do not use if pregnant.\n\nTake a multivitamin at bedtime.',
  },
  accessMode: 'invite_only',
  joinMethods: ['invite'],
  locales: ['en', 'es'],
  defaultLocale: 'en',
  plugins: [],
  terms: { version: '2026-09' },
}

export const me = {
  id: 'mem_1',
  pseudonym: 'Steady Walker',
  badges: [{ code: 'invited', label: 'Invited participant' }],
  roles: [],
}

type Route = (url: URL, init: RequestInit) => { status: number; body: unknown } | undefined

/** Stubs fetch with JSON answers chosen by `route`; records every request. */
export function stubFetch(route: Route) {
  const calls: { url: string; method: string; body: unknown; headers: Record<string, string> }[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push({
      url: url.pathname + url.search,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    })
    const answer = route(url, init) ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'Not found.', details: null } },
    }
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fn)
  return calls
}

/** Waits until `check` passes (the widget renders asynchronously after fetches). */
export async function until<T>(check: () => T | null | undefined | false, timeout = 2000): Promise<T> {
  const start = Date.now()
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the widget')
    await new Promise((r) => setTimeout(r, 10))
  }
}
