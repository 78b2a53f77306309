import type { Context } from 'hono'

/** Where a request came from, as far as Cloudflare tells us (locally the IP is unknown). */
export interface ClientInfo {
  ip: string | null
  userAgent: string | null
}

export function clientOf(c: Context): ClientInfo {
  return { ip: c.req.header('cf-connecting-ip') ?? null, userAgent: c.req.header('user-agent') ?? null }
}

/** Keeps the worker alive for background work (deliveries) after the response is sent. */
export function waitUntil(c: Context) {
  return (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
}
