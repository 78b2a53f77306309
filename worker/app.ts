import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { consoleRoutes } from './console'
import { corePlugins } from './core'
import { anonymous } from './core/auth/principal'
import { coreErrors, renderError } from './core/errors'
import { docsRoutes } from './core/http/docs'
import { validationHook } from './core/http/validation'
import type { PluginUse } from './core/plugin'
import { mountPlugins, type PluginRegistry } from './core/plugin-host'
import type { AppOptions } from './core/services'
import { demoRoutes } from './demo'
import type { AppEnv } from './env'

/** CSP for JSON answers: nothing may load or frame them. HTML pages set their own, still strict, policy. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'"

/** Builds the worker app: core middleware, error model, core features, then the plugins in list order. */
export function createApp(plugins: readonly PluginUse[], options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  const now = options.now ?? (() => Date.now())
  const { sessionTtlMs } = options
  let registry: PluginRegistry | undefined

  app.onError(renderError)
  app.notFound((c) => renderError(coreErrors.not_found({ path: c.req.path }), c))
  app.use('*', requestId())
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }))
  app.use('*', async function defaultCsp(c, next) {
    await next()
    if (!c.res.headers.has('content-security-policy')) c.res.headers.set('Content-Security-Policy', API_CSP)
  })
  app.use('*', async function provideServices(c, next) {
    c.set('services', { db: c.env.DB, env: c.env, now, registry: registry!, sessionTtlMs })
    c.set('principal', anonymous)
    await next()
  })
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw coreErrors.payload_too_large()
      },
    }),
  )

  registry = mountPlugins(app, corePlugins, plugins)
  docsRoutes(app, registry)
  consoleRoutes(app)
  demoRoutes(app)
  return Object.assign(app, { registry })
}
