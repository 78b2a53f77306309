import { createApp } from './app'
import { consumeDeliveries, type DeliveryMessage, sweepDeliveries } from './core/delivery/service'
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
  /** Every five minutes: re-dispatch deliveries whose queue message was lost. */
  async scheduled(_controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
    await sweepDeliveries(env, now, (p) => ctx.waitUntil(p))
  },
} satisfies ExportedHandler<Bindings, DeliveryMessage>
