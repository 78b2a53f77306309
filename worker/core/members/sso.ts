import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose'
import type { Community } from '../communities/schema'
import { AppError } from '../errors'
import { memberErrors } from './errors'

export interface SsoIdentity {
  subject: string
  email: string | null
  name: string | null
}

const remoteKeySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

function keySet(url: string) {
  let set = remoteKeySets.get(url)
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    remoteKeySets.set(url, set)
  }
  return set
}

/** The audience a community's SSO tokens must carry unless it configures its own. */
export function defaultAudience(community: Pick<Community, 'slug'>): string {
  return `cocreate:${community.slug}`
}

function reasonOf(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'expired'
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature'
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `claim:${err.claim}`
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'unknown_key'
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm'
  return 'malformed'
}

/**
 * Verifies a short-lived token the HCO's site signed for its logged-in user: HS256 with the community's shared
 * secret, or RS256/ES256 against its JWKS. Audience is bound to the community, so a token for one community is
 * useless at another even when they share a secret.
 */
export async function verifySsoToken(token: string, community: Community, now: number): Promise<SsoIdentity> {
  const options = {
    audience: community.sso.audience ?? defaultAudience(community),
    issuer: community.sso.issuer,
    currentDate: new Date(now),
    maxTokenAge: '15m',
    requiredClaims: ['sub', 'exp', 'iat'],
  }
  let payload: JWTPayload
  try {
    if (community.sso.jwksUrl) {
      payload = (
        await jwtVerify(token, keySet(community.sso.jwksUrl), {
          ...options,
          algorithms: ['RS256', 'ES256', 'EdDSA'],
        })
      ).payload
    } else if (community.ssoSecret) {
      const secret = new TextEncoder().encode(community.ssoSecret)
      payload = (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload
    } else {
      throw memberErrors.join_method_not_allowed({ method: 'sso' })
    }
  } catch (err) {
    if (err instanceof AppError) throw err
    throw memberErrors.sso_token_invalid({ reason: reasonOf(err) })
  }
  const email = typeof payload.email === 'string' ? payload.email : null
  const name = typeof payload.name === 'string' ? payload.name : null
  return { subject: String(payload.sub), email, name }
}
