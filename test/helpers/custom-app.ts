import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { createApp } from '../../worker/app'
import type { PluginUse } from '../../worker/core/plugin'
import { client } from './api'

/** A worker app with a custom plugin list, called in-process against the same local D1 as SELF. */
export function customApp(plugins: readonly PluginUse[], options: Parameters<typeof createApp>[1] = {}) {
  const app = createApp(plugins, options)
  return client(async (request) => {
    const ctx = createExecutionContext()
    const response = await app.fetch(request, env, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
}
