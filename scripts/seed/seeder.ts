import { createApp } from '../../worker/app'
import type { Bindings } from '../../worker/env'
import { plugins } from '../../worker/plugins'

export interface Actor {
  id: string
  token: string
  pseudonym: string
}

/** Drives the real app in-process (every post goes through the real pipeline) with a clock the seed moves. */
export class Seeder {
  private current: number
  private readonly app: ReturnType<typeof createApp>
  private readonly pending: Promise<unknown>[] = []
  readonly actors = new Map<string, Actor>()

  constructor(
    private readonly env: Bindings,
    start: number,
  ) {
    this.current = start
    // Sessions outlive the replayed launch weeks, so members can post in week 8 with the token they got in week 1.
    this.app = createApp(plugins, { now: () => this.current, sessionTtlMs: 400 * 86_400_000 })
  }

  /**
   * A second driver on the same store with its own clock (from `start`, by default this one's time): a seed can
   * spread its content over the launch weeks without moving the clock the seeders after it use.
   */
  fork(start = this.current): Seeder {
    return new Seeder(this.env, start)
  }

  get admin(): string {
    return this.env.ADMIN_TOKEN ?? ''
  }

  now(): number {
    return this.current
  }

  /** Moves the clock forward (never backward), so seeded content spreads over weeks like a real launch. */
  at(ms: number): void {
    this.current = Math.max(this.current, ms)
  }

  advance(ms: number): void {
    this.current += ms
  }

  async call<T = any>(
    path: string,
    options: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { ...options.headers }
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    if (options.token) headers.authorization = `Bearer ${options.token}`
    const request = new Request(`http://seed.local${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const ctx = {
      waitUntil: (p: Promise<unknown>) => this.pending.push(p),
      passThroughOnException() {},
      props: {},
    }
    const res = await this.app.fetch(request, this.env, ctx as unknown as ExecutionContext)
    const text = await res.text()
    if (!res.ok) throw new Error(`seed: ${request.method} ${path} answered ${res.status}: ${text}`)
    return (text ? JSON.parse(text) : null) as T
  }

  async settle(): Promise<void> {
    await Promise.allSettled(this.pending.splice(0))
  }
}
