import { createApp } from './app'
import { consumeDeliveries, type DeliveryMessage } from './core/delivery/service'
import { runMaintenance } from './core/maintenance'
import type { Bindings } from './env'
import { plugins } from './plugins'

export const app = createApp(plugins)

const now = () => Date.now()

export default {
  fetch: app.fetch,
  /** Outbound webhook deliveries and their dead-letter queue. */
  async queue(batch: MessageBatch<DeliveryMessage>, env: Bindings): Promise<void> {
    await consumeDeliveries(batch, env, now)
  },
  /** Every five minutes: re-dispatch lost deliveries, purge expired idempotency records and sessions. */
  async scheduled(_controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
    await runMaintenance(env, now, (p) => ctx.waitUntil(p))
  },
} satisfies ExportedHandler<Bindings, DeliveryMessage>
