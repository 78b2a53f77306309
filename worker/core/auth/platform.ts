import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { timingSafeEqual } from '../crypto'
import { anonymous, type Principal } from './principal'

export function bearerToken(c: Context<AppEnv>): string | null {
  const header = c.req.header('authorization')
  const match = header?.match(/^Bearer\s+(\S+)$/i)
  return match?.[1] ?? null
}

/** The platform administrator: the bearer token equals the ADMIN_TOKEN secret (at least 24 characters). */
export function platformPrincipal(c: Context<AppEnv>): Principal {
  const token = bearerToken(c)
  const secret = c.env.ADMIN_TOKEN
  if (!token || !secret || secret.length < 24) return anonymous
  return timingSafeEqual(token, secret) ? { kind: 'platform' } : anonymous
}
