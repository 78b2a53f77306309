import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../env'
import { communityScope, pluginSwitch } from './communities/scope'
import type { AfterStoreHook, BeforeStoreHook, NamedHook } from './content/pipeline'
import { catalogueOf, coreErrors, type ErrorDef } from './errors'
import { validationHook } from './http/validation'
import type { ContentType, MemberDataHooks, MetricDefinition, Plugin, PluginUse } from './plugin'

export interface MountedPlugin {
  name: string
  description: string
  optional: boolean
  options: unknown
}

/** What the host learned at boot; read by core services through `c.var.services.registry`. */
export interface PluginRegistry {
  plugins: readonly MountedPlugin[]
  beforeStore: readonly NamedHook<BeforeStoreHook>[]
  afterStore: readonly NamedHook<AfterStoreHook>[]
  contentTypes: ReadonlyMap<string, ContentType & { plugin: string }>
  metrics: readonly (MetricDefinition & { plugin: string })[]
  errors: Readonly<Record<string, ErrorDef & { plugin: string }>>
  /** Names of the optional plugins (a community's default `plugins` setting), in list order. */
  optional: readonly string[]
  memberData: readonly (MemberDataHooks & { plugin: string })[]
}

/** Thrown at boot for a wrong plugin list or option; the worker must not start half-configured. */
export class PluginConfigError extends Error {
  override name = 'PluginConfigError'
}

const NAME = /^[a-z][a-z0-9]{1,30}$/

function checkList(uses: readonly PluginUse[]): void {
  const seen = new Set<string>()
  for (const { plugin } of uses) {
    if (!NAME.test(plugin.name)) {
      throw new PluginConfigError(`Plugin name "${plugin.name}" must be 2-31 lowercase letters or digits.`)
    }
    if (seen.has(plugin.name)) throw new PluginConfigError(`Plugin "${plugin.name}" is listed twice.`)
    for (const dependency of plugin.dependencies ?? []) {
      if (!seen.has(dependency)) {
        const listed = uses.some((u) => u.plugin.name === dependency)
        throw new PluginConfigError(
          listed
            ? `Plugin "${plugin.name}" depends on "${dependency}", which must be listed before it.`
            : `Plugin "${plugin.name}" depends on "${dependency}", which is not enabled. Add it to worker/plugins/index.ts.`,
        )
      }
    }
    seen.add(plugin.name)
  }
}

function parseOptions(plugin: Plugin, raw: unknown): unknown {
  if (!plugin.options) return undefined
  const parsed = plugin.options.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    throw new PluginConfigError(`Plugin "${plugin.name}" has invalid options: ${problems}`)
  }
  return parsed.data
}

function collectErrors(uses: readonly PluginUse[], coreNames: ReadonlySet<string>): PluginRegistry['errors'] {
  const errors: Record<string, ErrorDef & { plugin: string }> = {}
  for (const [code, def] of Object.entries(catalogueOf(coreErrors))) errors[code] = { ...def, plugin: 'core' }
  for (const { plugin } of uses) {
    if (!plugin.errors) continue
    for (const [code, def] of Object.entries(catalogueOf(plugin.errors))) {
      if (errors[code]) throw new PluginConfigError(`Error code "${code}" is declared twice.`)
      if (!coreNames.has(plugin.name) && !code.startsWith(`${plugin.name}_`)) {
        throw new PluginConfigError(
          `Error code "${code}" of plugin "${plugin.name}" must start with "${plugin.name}_".`,
        )
      }
      errors[code] = { ...def, plugin: plugin.name }
    }
  }
  return errors
}

function collectContentTypes(uses: readonly PluginUse[]): PluginRegistry['contentTypes'] {
  const types = new Map<string, ContentType & { plugin: string }>()
  for (const { plugin } of uses) {
    for (const type of plugin.contentTypes ?? []) {
      if (types.has(type.type)) throw new PluginConfigError(`Content type "${type.type}" is declared twice.`)
      types.set(type.type, { ...type, plugin: plugin.name })
    }
  }
  return types
}

/** The plugin's own sub-app: community-scoped routes get tenancy, CORS and the per-community switch. */
function subApp(plugin: Plugin, options: unknown): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.use('/:community', communityScope())
  app.use('/:community/*', communityScope())
  if (plugin.optional) {
    app.use('/:community', pluginSwitch(plugin.name))
    app.use('/:community/*', pluginSwitch(plugin.name))
  }
  plugin.routes?.(app, options)
  return app
}

/**
 * Checks the plugin list, parses options, and mounts each plugin at `/v1/<name>`. Core features use the same
 * contract (`core` names may use unprefixed error codes). Throws `PluginConfigError` on any problem.
 */
export function mountPlugins(
  app: OpenAPIHono<AppEnv>,
  core: readonly PluginUse[],
  uses: readonly PluginUse[],
): PluginRegistry {
  const all = [...core, ...uses]
  checkList(all)
  const coreNames = new Set(core.map((u) => u.plugin.name))
  const errors = collectErrors(all, coreNames)
  const contentTypes = collectContentTypes(all)
  const plugins: MountedPlugin[] = []
  const beforeStore: NamedHook<BeforeStoreHook>[] = []
  const afterStore: NamedHook<AfterStoreHook>[] = []
  const metrics: (MetricDefinition & { plugin: string })[] = []
  const memberData: (MemberDataHooks & { plugin: string })[] = []
  for (const { plugin, options: raw } of all) {
    const options = parseOptions(plugin, raw)
    const hooks = plugin.hooks?.(options)
    for (const h of hooks?.beforeStore ?? [])
      beforeStore.push({ plugin: plugin.name, name: h.name, run: h.run })
    for (const h of hooks?.afterStore ?? [])
      afterStore.push({ plugin: plugin.name, name: h.name, run: h.run })
    for (const metric of plugin.metrics ?? []) {
      if (!metric.name.startsWith(`${plugin.name}.`)) {
        throw new PluginConfigError(
          `Metric "${metric.name}" of plugin "${plugin.name}" must start with "${plugin.name}.".`,
        )
      }
      metrics.push({ ...metric, plugin: plugin.name })
    }
    if (plugin.memberData) memberData.push({ ...plugin.memberData, plugin: plugin.name })
    plugins.push({ name: plugin.name, description: plugin.description, optional: !!plugin.optional, options })
    if (plugin.routes) app.route(`/v1/${plugin.name}`, subApp(plugin, options))
  }
  const optional = plugins.filter((p) => p.optional).map((p) => p.name)
  return { plugins, beforeStore, afterStore, contentTypes, metrics, errors, memberData, optional }
}

/** What applies to a community: items of required plugins and of optional plugins it has switched on. */
export function enabledFor<T extends { plugin: string }>(
  registry: PluginRegistry,
  items: readonly T[],
  enabled: readonly string[],
): T[] {
  return items.filter((item) => !registry.optional.includes(item.plugin) || enabled.includes(item.plugin))
}
