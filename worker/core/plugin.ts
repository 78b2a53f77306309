import type { OpenAPIHono, z } from '@hono/zod-openapi'
import type { AppEnv } from '../env'
import type { AfterStoreHook, BeforeStoreHook, ContentStatus, TextFields } from './content/pipeline'
import type { ErrorCatalogue, ErrorDef } from './errors'

/**
 * A content type owned by a plugin. Core services (moderation decisions, redaction, account deletion) change
 * content through these statement builders, so the owner's denormalised public rows stay in step with the
 * core `content` registry inside the same D1 batch, and no plugin reaches into another's tables.
 */
export interface ContentType {
  type: string
  /** Mirror a status change into the plugin's public table. */
  setStatus(db: D1Database, id: string, status: ContentStatus, now: number): D1PreparedStatement[]
  /** Replace the public text (moderator edit, later redaction); `editedBy` marks it publicly. */
  setPublicFields(
    db: D1Database,
    id: string,
    fields: TextFields,
    editedBy: 'author' | 'moderator',
    now: number,
  ): D1PreparedStatement[]
  /** Replace the author's public identity on every item of theirs (account deletion). */
  anonymizeAuthor(
    db: D1Database,
    communityId: string,
    authorId: string,
    pseudonym: string,
  ): D1PreparedStatement[]
  /** Where the item is shown, relative to the API origin; used in safety cases and deliveries. */
  link(communitySlug: string, id: string): string
}

export interface MetricWindow {
  communityId: string
  from: number
  to: number
}

/** A listening metric a plugin contributes; computed on demand from its own tables. */
export interface MetricDefinition {
  name: string
  label: string
  unit: 'count' | 'ratio' | 'hours' | 'score' | 'days'
  description: string
  compute(db: D1Database, window: MetricWindow): Promise<number | null>
}

/**
 * What a plugin holds about a member outside the content registry (reports filed, hashed IPs…), so the
 * member's data-access and deletion requests cover every plugin, not only core.
 */
export interface MemberDataHooks {
  /** The plugin's part of the member's data export. */
  export(db: D1Database, communityId: string, memberId: string): Promise<Record<string, unknown>>
  /** Statements erasing or anonymising it, committed in the account-deletion batch. */
  erase(db: D1Database, communityId: string, memberId: string, now: number): D1PreparedStatement[]
}

export interface PluginHooks {
  beforeStore?: readonly { name: string; run: BeforeStoreHook }[]
  afterStore?: readonly { name: string; run: AfterStoreHook }[]
}

export interface Plugin<O extends z.ZodType = z.ZodType> {
  /** URL prefix `/v1/<name>`, table prefix, metric and error-code prefix. */
  name: string
  description: string
  /** Optional plugins can be switched off per community (community settings `plugins`). */
  optional?: boolean
  /** Plugins that must be enabled, and listed earlier, for this one to work; checked at boot. */
  dependencies?: readonly string[]
  /** Options, parsed once at boot; a bad value stops the worker from starting. */
  options?: O
  errors?: ErrorCatalogue<Record<string, ErrorDef>>
  /** Registers routes on the plugin's own sub-app, mounted at `/v1/<name>`. */
  routes?: (app: OpenAPIHono<AppEnv>, options: z.output<O>) => void
  /** Content hooks, run in plugin-list order on every piece of consumer text. */
  hooks?: (options: z.output<O>) => PluginHooks
  contentTypes?: readonly ContentType[]
  metrics?: readonly MetricDefinition[]
  memberData?: MemberDataHooks
}

/** Identity function that keeps the options type of a plugin definition. */
export function definePlugin<O extends z.ZodType>(plugin: Plugin<O>): Plugin<O> {
  return plugin
}

/** One entry of the enabled-plugins list: a plugin and its raw options. */
export interface PluginUse {
  plugin: Plugin
  options: unknown
}

export function use<O extends z.ZodType>(plugin: Plugin<O>, options?: z.input<O>): PluginUse {
  return { plugin: plugin as unknown as Plugin, options }
}
