import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { createApp } from '../../../../worker/app'
import { use } from '../../../../worker/core/plugin'
import { experiences } from '../../../../worker/plugins/experiences'
import { client } from '../../../helpers/api'
import { meteredDb } from '../../../helpers/metered-db'

/**
 * The worker with ONLY the experiences plugin (core features included), on the same local D1 as SELF, with a
 * clock the test moves and a metered DB. Other plugins' hooks (rate limits, screening) are tested by their
 * owners; here they would only make these tests depend on work in progress elsewhere.
 */
export function experiencesApp(options: Record<string, unknown> = {}) {
  let offset = 0
  const now = () => Date.now() + offset
  const app = createApp([use(experiences, options)], { now })
  const { db, meter } = meteredDb(env.DB)
  const call = client(async (request) => {
    const ctx = createExecutionContext()
    const response = await app.fetch(request, { ...env, DB: db }, ctx)
    await waitOnExecutionContext(ctx)
    return response
  })
  return {
    call,
    meter,
    /** Core services of this app, for building the statements other plugins (moderation) would commit. */
    services: { db: env.DB, env, now, registry: app.registry },
    /** Moves the app's clock forward. */
    advance(ms: number) {
      offset += ms
    },
    now,
  }
}
