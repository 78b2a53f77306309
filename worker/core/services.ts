import type { Bindings } from '../env'
import type { PluginRegistry } from './plugin-host'

/** Dependencies handlers receive instead of reaching for globals: time is a parameter so tests are exact. */
export interface Services {
  db: D1Database
  env: Bindings
  now: () => number
  registry: PluginRegistry
}

export interface AppOptions {
  /** The clock; the demo seeder passes one that walks through past weeks. */
  now?: () => number
}
