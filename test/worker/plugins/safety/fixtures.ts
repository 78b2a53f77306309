import { ADMIN_TOKEN, api, createCommunity, uniqueSlug } from '../../../helpers/api'

export const consent = { termsVersion: '1', healthData: true }

type App = ReturnType<typeof import('./posts-app').safetyApp>

/** A member who joined openly through `app`, optionally with a private email (the reporter contact). */
export async function joinMember(
  app: App,
  slug: string,
  options: { pseudonym?: string; email?: string } = {},
) {
  const pseudonym =
    options.pseudonym ??
    `Member ${uniqueSlug('m')
      .slice(-8)
      .replace(/[^a-z]/g, 'x')}`
  const res = await app(`/v1/members/${slug}/join`, {
    body: { method: 'open', pseudonym, consent, ...(options.email ? { email: options.email } : {}) },
  })
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as { token: string; member: { id: string; pseudonym: string } }
}

/** A community (Trimly-like drug launch, English and Spanish) with its safety endpoint optionally set. */
export async function safetyCommunity(overrides: Record<string, unknown> = {}) {
  return createCommunity({
    hco: { name: 'Northwind Health', url: 'https://northwind.example' },
    ...overrides,
  })
}

export async function setSafetyEndpoint(slug: string, url = 'https://safety.northwind.example/intake') {
  const secret = 'receiver-shared-secret-0123456789'
  const res = await api(`/v1/deliveries/${slug}/endpoints/safety`, {
    method: 'PUT',
    body: { url, secret },
    token: ADMIN_TOKEN,
  })
  if (res.status !== 200) throw new Error(`endpoint failed: ${res.status}`)
  return secret
}
