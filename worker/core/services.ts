import type { Bindings } from '../env'
import type { PluginRegistry } from './plugin-host'

/** Dependencies handlers receive instead of reaching for globals: time is a parameter so tests are exact. */
export interface Services {
  db: D1Database
  env: Bindings
  now: () => number
  registry: PluginRegistry
  /** How long a new member session lasts (default 30 days). */
  sessionTtlMs?: number
}

export interface AppOptions {
  /** The clock; the demo seeder passes one that walks through past weeks. */
  now?: () => number
  /** Session lifetime (default 30 days); the demo seeder, which replays eight weeks, uses a longer one. */
  sessionTtlMs?: number
}
