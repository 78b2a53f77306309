import { createApp } from '../../worker/app'
import type { PluginUse } from '../../worker/core/plugin'
import { inProcess } from './api'

/** A worker app with a custom plugin list, called in-process against the same local D1 as `api`. */
export function customApp(plugins: readonly PluginUse[], options: Parameters<typeof createApp>[1] = {}) {
  return inProcess(createApp(plugins, options))
}
